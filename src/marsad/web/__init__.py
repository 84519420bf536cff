"""The web page: static files served by `marsad serve`."""
