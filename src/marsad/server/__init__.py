"""The HTTP API and web page server (`marsad serve`)."""
