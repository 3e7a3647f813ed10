# generated from ui/plan_person_page.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_person_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_PlanPersonPage(object):
    def setupUi(self, PlanPersonPage):
        if not PlanPersonPage.objectName():
            PlanPersonPage.setObjectName(u"PlanPersonPage")
        PlanPersonPage.resize(860, 560)
        self.pageLayout = QVBoxLayout(PlanPersonPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.householdBox = QGroupBox(PlanPersonPage)
        self.householdBox.setObjectName(u"householdBox")
        self.householdGrid = QGridLayout(self.householdBox)
        self.householdGrid.setObjectName(u"householdGrid")
        self.headLabel = QLabel(self.householdBox)
        self.headLabel.setObjectName(u"headLabel")

        self.householdGrid.addWidget(self.headLabel, 0, 0, 1, 1)

        self.headValue = QLabel(self.householdBox)
        self.headValue.setObjectName(u"headValue")
        self.headValue.setText(u"-")

        self.householdGrid.addWidget(self.headValue, 0, 1, 1, 1)

        self.addressLabel = QLabel(self.householdBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.householdGrid.addWidget(self.addressLabel, 0, 2, 1, 1)

        self.addressValue = QLabel(self.householdBox)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setText(u"-")

        self.householdGrid.addWidget(self.addressValue, 0, 3, 1, 1)

        self.householdNoLabel = QLabel(self.householdBox)
        self.householdNoLabel.setObjectName(u"householdNoLabel")

        self.householdGrid.addWidget(self.householdNoLabel, 1, 0, 1, 1)

        self.householdNoValue = QLabel(self.householdBox)
        self.householdNoValue.setObjectName(u"householdNoValue")
        self.householdNoValue.setText(u"-")

        self.householdGrid.addWidget(self.householdNoValue, 1, 1, 1, 1)

        self.attributeLabel = QLabel(self.householdBox)
        self.attributeLabel.setObjectName(u"attributeLabel")

        self.householdGrid.addWidget(self.attributeLabel, 1, 2, 1, 1)

        self.attributeValue = QLabel(self.householdBox)
        self.attributeValue.setObjectName(u"attributeValue")
        self.attributeValue.setText(u"-")

        self.householdGrid.addWidget(self.attributeValue, 1, 3, 1, 1)

        self.statusLabel = QLabel(self.householdBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.householdGrid.addWidget(self.statusLabel, 2, 0, 1, 1)

        self.statusValue = QLabel(self.householdBox)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"-")

        self.householdGrid.addWidget(self.statusValue, 2, 1, 1, 1)

        self.cadreLabel = QLabel(self.householdBox)
        self.cadreLabel.setObjectName(u"cadreLabel")

        self.householdGrid.addWidget(self.cadreLabel, 2, 2, 1, 1)

        self.cadreValue = QLabel(self.householdBox)
        self.cadreValue.setObjectName(u"cadreValue")
        self.cadreValue.setText(u"-")

        self.householdGrid.addWidget(self.cadreValue, 2, 3, 1, 1)


        self.pageLayout.addWidget(self.householdBox)

        self.membersHint = QLabel(PlanPersonPage)
        self.membersHint.setObjectName(u"membersHint")

        self.pageLayout.addWidget(self.membersHint)

        self.membersTable = QTableWidget(PlanPersonPage)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.pageLayout.addWidget(self.membersTable)

        self.findingsTitle = QLabel(PlanPersonPage)
        self.findingsTitle.setObjectName(u"findingsTitle")

        self.pageLayout.addWidget(self.findingsTitle)

        self.findingsList = QListWidget(PlanPersonPage)
        self.findingsList.setObjectName(u"findingsList")
        self.findingsList.setMaximumSize(QSize(16777215, 120))

        self.pageLayout.addWidget(self.findingsList)


        self.retranslateUi(PlanPersonPage)

        QMetaObject.connectSlotsByName(PlanPersonPage)
    # setupUi

    def retranslateUi(self, PlanPersonPage):
        PlanPersonPage.setTitle(QCoreApplication.translate("PlanPersonPage", u"\u5bf9\u4eba\uff1a\u6838\u5bf9\u519c\u6237\u4e0e\u6210\u5458", None))
        PlanPersonPage.setSubTitle(QCoreApplication.translate("PlanPersonPage", u"\u786e\u8ba4\u5e2e\u6276\u5bf9\u8c61\u662f\u5426\u51c6\u786e\uff1b\u53d1\u73b0\u7684\u95ee\u9898\u53ef\u4ee5\u76f4\u63a5\u5728\u6210\u5458\u8868\u4e2d\u4fee\u6539\u3002", None))
        self.householdBox.setTitle(QCoreApplication.translate("PlanPersonPage", u"\u519c\u6237", None))
        self.headLabel.setText(QCoreApplication.translate("PlanPersonPage", u"\u6237\u4e3b\uff1a", None))
        self.addressLabel.setText(QCoreApplication.translate("PlanPersonPage", u"\u4f4f\u5740\uff1a", None))
        self.householdNoLabel.setText(QCoreApplication.translate("PlanPersonPage", u"\u6237\u7f16\u53f7\uff1a", None))
        self.attributeLabel.setText(QCoreApplication.translate("PlanPersonPage", u"\u8d2b\u56f0\u6237\u5c5e\u6027\uff1a", None))
        self.statusLabel.setText(QCoreApplication.translate("PlanPersonPage", u"\u8131\u8d2b\u72b6\u6001\uff1a", None))
        self.cadreLabel.setText(QCoreApplication.translate("PlanPersonPage", u"\u5e2e\u6276\u8d23\u4efb\u4eba\uff1a", None))
        self.membersHint.setText(QCoreApplication.translate("PlanPersonPage", u"\u5bb6\u5ead\u6210\u5458\uff08\u5065\u5eb7\u72b6\u51b5\u3001\u5728\u6821\u751f\u72b6\u51b5\u3001\u52b3\u52a8\u6280\u80fd\u3001\u533b\u4fdd\u548c\u8bc1\u4ef6\u53f7\u7801\u53ef\u76f4\u63a5\u4fee\u6539\uff09\uff1a", None))
        self.findingsTitle.setText(QCoreApplication.translate("PlanPersonPage", u"\u9700\u8981\u6838\u5bf9\u7684\u95ee\u9898\uff08\u53cc\u51fb\u5b9a\u4f4d\uff09\uff1a", None))
    # retranslateUi

