# generated from ui/first_start_dialog.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(640, 620)
        self.mainLayout = QVBoxLayout(FirstStartDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.welcomeLabel = QLabel(FirstStartDialog)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.welcomeLabel)

        self.roleBox = QGroupBox(FirstStartDialog)
        self.roleBox.setObjectName(u"roleBox")
        self.roleLayout = QVBoxLayout(self.roleBox)
        self.roleLayout.setObjectName(u"roleLayout")
        self.roleVillageRadio = QRadioButton(self.roleBox)
        self.roleVillageRadio.setObjectName(u"roleVillageRadio")
        self.roleVillageRadio.setChecked(True)

        self.roleLayout.addWidget(self.roleVillageRadio)

        self.roleCountyRadio = QRadioButton(self.roleBox)
        self.roleCountyRadio.setObjectName(u"roleCountyRadio")

        self.roleLayout.addWidget(self.roleCountyRadio)


        self.mainLayout.addWidget(self.roleBox)

        self.userBox = QGroupBox(FirstStartDialog)
        self.userBox.setObjectName(u"userBox")
        self.userForm = QFormLayout(self.userBox)
        self.userForm.setObjectName(u"userForm")
        self.userFormLabel0 = QLabel(self.userBox)
        self.userFormLabel0.setObjectName(u"userFormLabel0")

        self.userForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userFormLabel0)

        self.nameEdit = QLineEdit(self.userBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.userForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.userFormLabel1 = QLabel(self.userBox)
        self.userFormLabel1.setObjectName(u"userFormLabel1")

        self.userForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userFormLabel1)

        self.unitEdit = QLineEdit(self.userBox)
        self.unitEdit.setObjectName(u"unitEdit")

        self.userForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.userFormLabel2 = QLabel(self.userBox)
        self.userFormLabel2.setObjectName(u"userFormLabel2")

        self.userForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userFormLabel2)

        self.phoneEdit = QLineEdit(self.userBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.userForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.mainLayout.addWidget(self.userBox)

        self.locationBox = QGroupBox(FirstStartDialog)
        self.locationBox.setObjectName(u"locationBox")
        self.locationGrid = QGridLayout(self.locationBox)
        self.locationGrid.setObjectName(u"locationGrid")
        self.locationUserRadio = QRadioButton(self.locationBox)
        self.locationUserRadio.setObjectName(u"locationUserRadio")
        self.locationUserRadio.setChecked(True)

        self.locationGrid.addWidget(self.locationUserRadio, 0, 0, 1, 1)

        self.userPathLabel = QLabel(self.locationBox)
        self.userPathLabel.setObjectName(u"userPathLabel")
        self.userPathLabel.setText(u"")
        self.userPathLabel.setStyleSheet(u"color: #555;")
        self.userPathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationGrid.addWidget(self.userPathLabel, 0, 1, 1, 2)

        self.locationPortableRadio = QRadioButton(self.locationBox)
        self.locationPortableRadio.setObjectName(u"locationPortableRadio")

        self.locationGrid.addWidget(self.locationPortableRadio, 1, 0, 1, 1)

        self.portablePathLabel = QLabel(self.locationBox)
        self.portablePathLabel.setObjectName(u"portablePathLabel")
        self.portablePathLabel.setText(u"")
        self.portablePathLabel.setStyleSheet(u"color: #555;")
        self.portablePathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationGrid.addWidget(self.portablePathLabel, 1, 1, 1, 2)

        self.locationCustomRadio = QRadioButton(self.locationBox)
        self.locationCustomRadio.setObjectName(u"locationCustomRadio")

        self.locationGrid.addWidget(self.locationCustomRadio, 2, 0, 1, 1)

        self.customPathEdit = QLineEdit(self.locationBox)
        self.customPathEdit.setObjectName(u"customPathEdit")

        self.locationGrid.addWidget(self.customPathEdit, 2, 1, 1, 1)

        self.browseButton = QPushButton(self.locationBox)
        self.browseButton.setObjectName(u"browseButton")

        self.locationGrid.addWidget(self.browseButton, 2, 2, 1, 1)

        self.locationNote = QLabel(self.locationBox)
        self.locationNote.setObjectName(u"locationNote")
        self.locationNote.setText(u"")
        self.locationNote.setWordWrap(True)
        self.locationNote.setStyleSheet(u"color: #555;")

        self.locationGrid.addWidget(self.locationNote, 3, 0, 1, 3)


        self.mainLayout.addWidget(self.locationBox)

        self.dataBox = QGroupBox(FirstStartDialog)
        self.dataBox.setObjectName(u"dataBox")
        self.dataGrid = QGridLayout(self.dataBox)
        self.dataGrid.setObjectName(u"dataGrid")
        self.demoRadio = QRadioButton(self.dataBox)
        self.demoRadio.setObjectName(u"demoRadio")
        self.demoRadio.setChecked(True)

        self.dataGrid.addWidget(self.demoRadio, 0, 0, 1, 1)

        self.demoSizeCombo = QComboBox(self.dataBox)
        self.demoSizeCombo.setObjectName(u"demoSizeCombo")

        self.dataGrid.addWidget(self.demoSizeCombo, 0, 1, 1, 1)

        self.importRosterRadio = QRadioButton(self.dataBox)
        self.importRosterRadio.setObjectName(u"importRosterRadio")

        self.dataGrid.addWidget(self.importRosterRadio, 1, 0, 1, 2)

        self.emptyRadio = QRadioButton(self.dataBox)
        self.emptyRadio.setObjectName(u"emptyRadio")

        self.dataGrid.addWidget(self.emptyRadio, 2, 0, 1, 2)


        self.mainLayout.addWidget(self.dataBox)

        self.errorLabel = QLabel(FirstStartDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FirstStartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(FirstStartDialog)

        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"\u9996\u6b21\u4f7f\u7528\u8bbe\u7f6e", None))
        self.welcomeLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u6b22\u8fce\u4f7f\u7528\u6276\u8d2b\u5e2e\u6276\u3002\u8bf7\u5148\u505a\u51e0\u9879\u8bbe\u7f6e\uff0c\u4ee5\u540e\u53ef\u5728\u201c\u6587\u4ef6 \u2192 \u8bbe\u7f6e\u201d\u4e2d\u4fee\u6539\u3002", None))
        self.roleBox.setTitle(QCoreApplication.translate("FirstStartDialog", u"\u60a8\u7684\u89d2\u8272", None))
        self.roleVillageRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u6751\u7ea7\uff1a\u9a7b\u6751\u5e72\u90e8\u3001\u5e2e\u6276\u8d23\u4efb\u4eba\uff08\u672c\u673a\u767b\u8bb0\u4e00\u4e2a\u6216\u51e0\u4e2a\u6751\uff09", None))
        self.roleCountyRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u53bf\u7ea7\uff1a\u53bf\u6276\u8d2b\u529e\u3001\u4e61\u6751\u632f\u5174\u5c40\uff08\u6c47\u603b\u5168\u53bf\u6570\u636e\uff09", None))
        self.userBox.setTitle(QCoreApplication.translate("FirstStartDialog", u"\u4f7f\u7528\u8005", None))
        self.userFormLabel0.setText(QCoreApplication.translate("FirstStartDialog", u"\u59d3\u540d", None))
        self.userFormLabel1.setText(QCoreApplication.translate("FirstStartDialog", u"\u5355\u4f4d", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"\u4f8b\u5982\uff1a\u67d0\u67d0\u53bf\u519c\u4e1a\u519c\u6751\u5c40", None))
        self.userFormLabel2.setText(QCoreApplication.translate("FirstStartDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.locationBox.setTitle(QCoreApplication.translate("FirstStartDialog", u"\u6570\u636e\u4fdd\u5b58\u4f4d\u7f6e", None))
        self.locationUserRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u672c\u673a\u7528\u6237\u6587\u4ef6\u5939\uff08\u63a8\u8350\uff09", None))
        self.locationPortableRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u4fbf\u643a\uff1a\u653e\u5728\u7a0b\u5e8f\u6240\u5728\u6587\u4ef6\u5939\uff08\u4eceU\u76d8\u8fd0\u884c\u65f6\u9009\uff09", None))
        self.locationCustomRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u5176\u4ed6\u6587\u4ef6\u5939", None))
        self.browseButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u9009\u62e9\u2026", None))
        self.dataBox.setTitle(QCoreApplication.translate("FirstStartDialog", u"\u5f00\u59cb\u4f7f\u7528", None))
        self.demoRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u8f7d\u5165\u6f14\u793a\u6570\u636e\uff0c\u5148\u719f\u6089\u8f6f\u4ef6", None))
        self.importRosterRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u5bfc\u5165\u82b1\u540d\u518c\uff08Excel \u8868\u683c\uff09\uff0c\u5f00\u59cb\u540e\u9009\u62e9\u6587\u4ef6", None))
        self.emptyRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u4ece\u7a7a\u767d\u5f00\u59cb\uff0c\u9010\u6237\u5f55\u5165", None))
    # retranslateUi

