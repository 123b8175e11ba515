"""Documents as functions from data to bytes: PDFs and QR codes, no widgets inside."""
