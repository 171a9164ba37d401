"""QtPdf as the rasteriser of the Word export's chart (kompass_desktop.report.charts):
the report layer draws the chart as a one-page PDF with ReportLab and this turns it into a
PNG, so only the front ends (workbench and CLI) depend on Qt."""
from __future__ import annotations


def pdf_to_png(pdf: bytes, width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    size = QSize(width, height)
    page = doc.render(0, size)
    img = QImage(size, QImage.Format_RGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    painter.drawImage(0, 0, page)
    painter.end()
    out = QBuffer()
    out.open(QIODevice.WriteOnly)
    img.save(out, "PNG")
    doc.close()
    return bytes(out.data())


def install() -> None:
    from kompass_desktop.report import charts  # not docx_export: python-docx loads on use
    charts.use_rasteriser(pdf_to_png)
