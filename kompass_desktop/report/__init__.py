"""PDF report export with ReportLab: data gathering (data.py), page templates and the
deferred table of contents (document.py), charts, the full report (full.py) and the slide
summary (slides.py). The entry point is kompass_desktop.services.report."""
