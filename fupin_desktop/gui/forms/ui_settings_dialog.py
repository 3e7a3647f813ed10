# generated from ui/settings_dialog.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 640)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.settingsTabs = QTabWidget(SettingsDialog)
        self.settingsTabs.setObjectName(u"settingsTabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.roleBox = QGroupBox(self.generalTab)
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


        self.generalLayout.addWidget(self.roleBox)

        self.userBox = QGroupBox(self.generalTab)
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


        self.generalLayout.addWidget(self.userBox)

        self.lookBox = QGroupBox(self.generalTab)
        self.lookBox.setObjectName(u"lookBox")
        self.lookForm = QFormLayout(self.lookBox)
        self.lookForm.setObjectName(u"lookForm")
        self.lookFormLabel0 = QLabel(self.lookBox)
        self.lookFormLabel0.setObjectName(u"lookFormLabel0")

        self.lookForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lookFormLabel0)

        self.textSizeChoices = QWidget(self.lookBox)
        self.textSizeChoices.setObjectName(u"textSizeChoices")
        self.textSizeLayout = QHBoxLayout(self.textSizeChoices)
        self.textSizeLayout.setObjectName(u"textSizeLayout")
        self.textSizeLayout.setContentsMargins(0, 0, 0, 0)

        self.lookForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textSizeChoices)

        self.fontSizeNote = QLabel(self.lookBox)
        self.fontSizeNote.setObjectName(u"fontSizeNote")
        self.fontSizeNote.setWordWrap(True)
        self.fontSizeNote.setStyleSheet(u"color: #555;")

        self.lookForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.fontSizeNote)


        self.generalLayout.addWidget(self.lookBox)

        self.locationBox = QGroupBox(self.generalTab)
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


        self.generalLayout.addWidget(self.locationBox)

        self.settingsTabs.addTab(self.generalTab, "")
        self.incomeTab = QWidget()
        self.incomeTab.setObjectName(u"incomeTab")
        self.incomeLayout = QVBoxLayout(self.incomeTab)
        self.incomeLayout.setObjectName(u"incomeLayout")
        self.incomeNote = QLabel(self.incomeTab)
        self.incomeNote.setObjectName(u"incomeNote")
        self.incomeNote.setWordWrap(True)

        self.incomeLayout.addWidget(self.incomeNote)

        self.povertyLineTable = QTableWidget(self.incomeTab)
        self.povertyLineTable.setObjectName(u"povertyLineTable")
        self.povertyLineTable.setColumnCount(3)

        self.incomeLayout.addWidget(self.povertyLineTable)

        self.incomeButtons = QHBoxLayout()
        self.incomeButtons.setObjectName(u"incomeButtons")
        self.addYearButton = QPushButton(self.incomeTab)
        self.addYearButton.setObjectName(u"addYearButton")

        self.incomeButtons.addWidget(self.addYearButton)

        self.resetLineButton = QPushButton(self.incomeTab)
        self.resetLineButton.setObjectName(u"resetLineButton")

        self.incomeButtons.addWidget(self.resetLineButton)

        self.incomeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incomeButtons.addItem(self.incomeButtonsSpacer)


        self.incomeLayout.addLayout(self.incomeButtons)

        self.settingsTabs.addTab(self.incomeTab, "")

        self.mainLayout.addWidget(self.settingsTabs)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(SettingsDialog)

        self.settingsTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.roleBox.setTitle(QCoreApplication.translate("SettingsDialog", u"\u60a8\u7684\u89d2\u8272", None))
        self.roleVillageRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u6751\u7ea7\uff1a\u9a7b\u6751\u5e72\u90e8\u3001\u5e2e\u6276\u8d23\u4efb\u4eba\uff08\u672c\u673a\u767b\u8bb0\u4e00\u4e2a\u6216\u51e0\u4e2a\u6751\uff09", None))
        self.roleCountyRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u53bf\u7ea7\uff1a\u53bf\u6276\u8d2b\u529e\u3001\u4e61\u6751\u632f\u5174\u5c40\uff08\u6c47\u603b\u5168\u53bf\u6570\u636e\uff09", None))
        self.userBox.setTitle(QCoreApplication.translate("SettingsDialog", u"\u4f7f\u7528\u8005", None))
        self.userFormLabel0.setText(QCoreApplication.translate("SettingsDialog", u"\u59d3\u540d", None))
        self.userFormLabel1.setText(QCoreApplication.translate("SettingsDialog", u"\u5355\u4f4d", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4f8b\u5982\uff1a\u67d0\u67d0\u53bf\u519c\u4e1a\u519c\u6751\u5c40", None))
        self.userFormLabel2.setText(QCoreApplication.translate("SettingsDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.lookBox.setTitle(QCoreApplication.translate("SettingsDialog", u"\u663e\u793a", None))
        self.lookFormLabel0.setText(QCoreApplication.translate("SettingsDialog", u"\u6587\u5b57\u5927\u5c0f", None))
        self.fontSizeNote.setText(QCoreApplication.translate("SettingsDialog", u"\u5b57\u5927\u4e00\u4e9b\uff0c\u5e74\u7eaa\u5927\u7684\u540c\u5fd7\u770b\u5f97\u66f4\u6e05\u695a\u3002\u6240\u6709\u7a97\u53e3\u7acb\u5373\u751f\u6548\uff0c\u6253\u5370\u7684\u8868\u683c\u4e0d\u53d8\u3002", None))
        self.locationBox.setTitle(QCoreApplication.translate("SettingsDialog", u"\u6570\u636e\u4fdd\u5b58\u4f4d\u7f6e", None))
        self.locationUserRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u672c\u673a\u7528\u6237\u6587\u4ef6\u5939\uff08\u63a8\u8350\uff09", None))
        self.locationPortableRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u4fbf\u643a\uff1a\u653e\u5728\u7a0b\u5e8f\u6240\u5728\u6587\u4ef6\u5939\uff08\u4eceU\u76d8\u8fd0\u884c\u65f6\u9009\uff09", None))
        self.locationCustomRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u5176\u4ed6\u6587\u4ef6\u5939", None))
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"\u9009\u62e9\u2026", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"\u5e38\u89c4", None))
        self.incomeNote.setText(QCoreApplication.translate("SettingsDialog", u"\u6bcf\u5e74\u7684\u8d2b\u56f0\u6807\u51c6\uff082021\u5e74\u8d77\u4e3a\u9632\u6b62\u8fd4\u8d2b\u76d1\u6d4b\u6536\u5165\u7ebf\uff09\uff0c\u5355\u4f4d\uff1a\u5143/\u4eba\u00b7\u5e74\u3002\u9ed8\u8ba4\u503c\u6765\u81ea\u8f6f\u4ef6\u81ea\u5e26\u7684\u653f\u7b56\u8868\uff0c\u8bf7\u5bf9\u7167\u672c\u7701\u3001\u672c\u53bf\u6587\u4ef6\u6838\u5b9e\uff1b\u6539\u8fc7\u7684\u5e74\u4efd\u4ee5\u8fd9\u91cc\u4e3a\u51c6\uff0c\u7528\u4e8e\u5e2e\u6276\u8ba1\u5212\u548c\u9000\u51fa\u8bc4\u4f30\u3002", None))
        self.addYearButton.setText(QCoreApplication.translate("SettingsDialog", u"\u589e\u52a0\u5e74\u5ea6", None))
        self.resetLineButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6062\u590d\u9ed8\u8ba4\u503c", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.incomeTab), QCoreApplication.translate("SettingsDialog", u"\u6536\u5165\u6807\u51c6", None))
    # retranslateUi

