"""Who said what: quotations, reported speech, speakers, relays and the status of each claim.

The stage is `marsad.quotes.stage.extract_quotes`; docs/quotes.md has the conventions.
"""
