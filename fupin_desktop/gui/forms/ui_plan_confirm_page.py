# generated from ui/plan_confirm_page.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_confirm_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_PlanConfirmPage(object):
    def setupUi(self, PlanConfirmPage):
        if not PlanConfirmPage.objectName():
            PlanConfirmPage.setObjectName(u"PlanConfirmPage")
        PlanConfirmPage.resize(860, 560)
        self.pageLayout = QVBoxLayout(PlanConfirmPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.summaryLabel = QLabel(PlanConfirmPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"-")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.summaryLabel)

        self.expectedEffectLabel = QLabel(PlanConfirmPage)
        self.expectedEffectLabel.setObjectName(u"expectedEffectLabel")

        self.pageLayout.addWidget(self.expectedEffectLabel)

        self.expectedEffectEdit = QPlainTextEdit(PlanConfirmPage)
        self.expectedEffectEdit.setObjectName(u"expectedEffectEdit")
        self.expectedEffectEdit.setTabChangesFocus(True)
        self.expectedEffectEdit.setMaximumSize(QSize(16777215, 70))

        self.pageLayout.addWidget(self.expectedEffectEdit)

        self.findingsTitle = QLabel(PlanConfirmPage)
        self.findingsTitle.setObjectName(u"findingsTitle")

        self.pageLayout.addWidget(self.findingsTitle)

        self.findingsList = QListWidget(PlanConfirmPage)
        self.findingsList.setObjectName(u"findingsList")

        self.pageLayout.addWidget(self.findingsList)

        self.statusLabel = QLabel(PlanConfirmPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)


        self.retranslateUi(PlanConfirmPage)

        QMetaObject.connectSlotsByName(PlanConfirmPage)
    # setupUi

    def retranslateUi(self, PlanConfirmPage):
        PlanConfirmPage.setTitle(QCoreApplication.translate("PlanConfirmPage", u"\u786e\u8ba4\uff1a\u6c47\u603b\u4e0e\u68c0\u67e5", None))
        PlanConfirmPage.setSubTitle(QCoreApplication.translate("PlanConfirmPage", u"\u5168\u90e8\u9519\u8bef\u4fee\u6b63\u540e\u624d\u80fd\u786e\u8ba4\u8ba1\u5212\uff1b\u63d0\u793a\u4e0d\u5f71\u54cd\u786e\u8ba4\uff0c\u4f46\u8bf7\u9010\u6761\u6838\u5b9e\u3002", None))
        self.expectedEffectLabel.setText(QCoreApplication.translate("PlanConfirmPage", u"\u9884\u671f\u6548\u679c\uff1a", None))
        self.findingsTitle.setText(QCoreApplication.translate("PlanConfirmPage", u"\u68c0\u67e5\u7ed3\u679c\uff08\u53cc\u51fb\u8f6c\u5230\u76f8\u5e94\u9875\u9762\uff09\uff1a", None))
    # retranslateUi

