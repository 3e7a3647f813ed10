# generated from ui/plan_schedule_page.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_schedule_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_PlanSchedulePage(object):
    def setupUi(self, PlanSchedulePage):
        if not PlanSchedulePage.objectName():
            PlanSchedulePage.setObjectName(u"PlanSchedulePage")
        PlanSchedulePage.resize(860, 560)
        self.pageLayout = QVBoxLayout(PlanSchedulePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.bulkBox = QGroupBox(PlanSchedulePage)
        self.bulkBox.setObjectName(u"bulkBox")
        self.bulkLayout = QHBoxLayout(self.bulkBox)
        self.bulkLayout.setObjectName(u"bulkLayout")
        self.bulkStartLabel = QLabel(self.bulkBox)
        self.bulkStartLabel.setObjectName(u"bulkStartLabel")

        self.bulkLayout.addWidget(self.bulkStartLabel)

        self.bulkStartEdit = QDateEdit(self.bulkBox)
        self.bulkStartEdit.setObjectName(u"bulkStartEdit")
        self.bulkStartEdit.setCalendarPopup(True)
        self.bulkStartEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.bulkLayout.addWidget(self.bulkStartEdit)

        self.bulkDueLabel = QLabel(self.bulkBox)
        self.bulkDueLabel.setObjectName(u"bulkDueLabel")

        self.bulkLayout.addWidget(self.bulkDueLabel)

        self.bulkDueEdit = QDateEdit(self.bulkBox)
        self.bulkDueEdit.setObjectName(u"bulkDueEdit")
        self.bulkDueEdit.setCalendarPopup(True)
        self.bulkDueEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.bulkLayout.addWidget(self.bulkDueEdit)

        self.bulkResponsibleLabel = QLabel(self.bulkBox)
        self.bulkResponsibleLabel.setObjectName(u"bulkResponsibleLabel")

        self.bulkLayout.addWidget(self.bulkResponsibleLabel)

        self.bulkResponsibleCombo = QComboBox(self.bulkBox)
        self.bulkResponsibleCombo.setObjectName(u"bulkResponsibleCombo")
        self.bulkResponsibleCombo.setEditable(True)
        self.bulkResponsibleCombo.setMinimumSize(QSize(120, 0))

        self.bulkLayout.addWidget(self.bulkResponsibleCombo)

        self.applySelectedButton = QPushButton(self.bulkBox)
        self.applySelectedButton.setObjectName(u"applySelectedButton")

        self.bulkLayout.addWidget(self.applySelectedButton)

        self.applyAllButton = QPushButton(self.bulkBox)
        self.applyAllButton.setObjectName(u"applyAllButton")

        self.bulkLayout.addWidget(self.applyAllButton)

        self.bulkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bulkLayout.addItem(self.bulkSpacer)


        self.pageLayout.addWidget(self.bulkBox)

        self.scheduleTable = QTableWidget(PlanSchedulePage)
        self.scheduleTable.setObjectName(u"scheduleTable")
        self.scheduleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.pageLayout.addWidget(self.scheduleTable)

        self.scheduleStatusLabel = QLabel(PlanSchedulePage)
        self.scheduleStatusLabel.setObjectName(u"scheduleStatusLabel")
        self.scheduleStatusLabel.setText(u"")

        self.pageLayout.addWidget(self.scheduleStatusLabel)


        self.retranslateUi(PlanSchedulePage)

        QMetaObject.connectSlotsByName(PlanSchedulePage)
    # setupUi

    def retranslateUi(self, PlanSchedulePage):
        PlanSchedulePage.setTitle(QCoreApplication.translate("PlanSchedulePage", u"\u5bf9\u65f6\u3001\u5bf9\u8d23\uff1a\u65f6\u95f4\u8282\u70b9\u4e0e\u8d23\u4efb\u4eba", None))
        PlanSchedulePage.setSubTitle(QCoreApplication.translate("PlanSchedulePage", u"\u6bcf\u9879\u63aa\u65bd\u90fd\u8981\u6709\u5f00\u59cb\u65e5\u671f\u3001\u5b8c\u6210\u65f6\u9650\u548c\u8d23\u4efb\u4eba\uff1b\u9ed8\u8ba4\u8d23\u4efb\u4eba\u4e3a\u672c\u6237\u7684\u5e2e\u6276\u8d23\u4efb\u4eba\u3002", None))
        self.bulkBox.setTitle(QCoreApplication.translate("PlanSchedulePage", u"\u6279\u91cf\u8bbe\u7f6e", None))
        self.bulkStartLabel.setText(QCoreApplication.translate("PlanSchedulePage", u"\u5f00\u59cb\u65e5\u671f", None))
        self.bulkDueLabel.setText(QCoreApplication.translate("PlanSchedulePage", u"\u5b8c\u6210\u65f6\u9650", None))
        self.bulkResponsibleLabel.setText(QCoreApplication.translate("PlanSchedulePage", u"\u8d23\u4efb\u4eba", None))
        self.applySelectedButton.setText(QCoreApplication.translate("PlanSchedulePage", u"\u5e94\u7528\u5230\u9009\u4e2d\u884c", None))
        self.applyAllButton.setText(QCoreApplication.translate("PlanSchedulePage", u"\u5e94\u7528\u5230\u5168\u90e8", None))
    # retranslateUi

