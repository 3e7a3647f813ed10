# generated from ui/plan_funds_page.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_funds_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_PlanFundsPage(object):
    def setupUi(self, PlanFundsPage):
        if not PlanFundsPage.objectName():
            PlanFundsPage.setObjectName(u"PlanFundsPage")
        PlanFundsPage.resize(860, 560)
        self.pageLayout = QVBoxLayout(PlanFundsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.fundsTable = QTableWidget(PlanFundsPage)
        self.fundsTable.setObjectName(u"fundsTable")

        self.pageLayout.addWidget(self.fundsTable)

        self.totalsRow = QHBoxLayout()
        self.totalsRow.setObjectName(u"totalsRow")
        self.familyBox = QGroupBox(PlanFundsPage)
        self.familyBox.setObjectName(u"familyBox")
        self.familyLayout = QVBoxLayout(self.familyBox)
        self.familyLayout.setObjectName(u"familyLayout")
        self.familyTotalsTable = QTableWidget(self.familyBox)
        self.familyTotalsTable.setObjectName(u"familyTotalsTable")

        self.familyLayout.addWidget(self.familyTotalsTable)


        self.totalsRow.addWidget(self.familyBox)

        self.sourceBox = QGroupBox(PlanFundsPage)
        self.sourceBox.setObjectName(u"sourceBox")
        self.sourceLayout = QVBoxLayout(self.sourceBox)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.sourceTotalsTable = QTableWidget(self.sourceBox)
        self.sourceTotalsTable.setObjectName(u"sourceTotalsTable")

        self.sourceLayout.addWidget(self.sourceTotalsTable)


        self.totalsRow.addWidget(self.sourceBox)


        self.pageLayout.addLayout(self.totalsRow)

        self.totalLabel = QLabel(PlanFundsPage)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")

        self.pageLayout.addWidget(self.totalLabel)


        self.retranslateUi(PlanFundsPage)

        QMetaObject.connectSlotsByName(PlanFundsPage)
    # setupUi

    def retranslateUi(self, PlanFundsPage):
        PlanFundsPage.setTitle(QCoreApplication.translate("PlanFundsPage", u"\u5bf9\u8d26\uff1a\u91d1\u989d\u4e0e\u8d44\u91d1\u6765\u6e90", None))
        PlanFundsPage.setSubTitle(QCoreApplication.translate("PlanFundsPage", u"\u6bcf\u9879\u63aa\u65bd\u586b\u5199\u91d1\u989d\u548c\u8d44\u91d1\u6765\u6e90\uff1b\u4e0d\u9700\u8981\u8d44\u91d1\u7684\u63aa\u65bd\u586b 0 \u5e76\u9009\u62e9\u201c\u65e0\u9700\u8d44\u91d1\u201d\u3002", None))
        self.familyBox.setTitle(QCoreApplication.translate("PlanFundsPage", u"\u6309\u7c7b\u522b\u5408\u8ba1\uff08\u8f6c\u6276\u642c\u4fdd\u6551\uff09", None))
        self.sourceBox.setTitle(QCoreApplication.translate("PlanFundsPage", u"\u6309\u8d44\u91d1\u6765\u6e90\u5408\u8ba1", None))
    # retranslateUi

