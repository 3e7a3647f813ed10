# generated from ui/household_form.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_form.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication,
    QCheckBox, QComboBox, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_HouseholdForm(object):
    def setupUi(self, HouseholdForm):
        if not HouseholdForm.objectName():
            HouseholdForm.setObjectName(u"HouseholdForm")
        HouseholdForm.resize(980, 720)
        self.mainLayout = QVBoxLayout(HouseholdForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(HouseholdForm)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setStyleSheet(u"font-weight: bold;")

        self.mainLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(HouseholdForm)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicTabLayout = QVBoxLayout(self.basicTab)
        self.basicTabLayout.setObjectName(u"basicTabLayout")
        self.householdBox = QGroupBox(self.basicTab)
        self.householdBox.setObjectName(u"householdBox")
        self.householdBoxLayout = QHBoxLayout(self.householdBox)
        self.householdBoxLayout.setObjectName(u"householdBoxLayout")
        self.basicLeftForm = QFormLayout()
        self.basicLeftForm.setObjectName(u"basicLeftForm")
        self.basicLeftFormLabel0 = QLabel(self.householdBox)
        self.basicLeftFormLabel0.setObjectName(u"basicLeftFormLabel0")

        self.basicLeftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.basicLeftFormLabel0)

        self.groupCombo = QComboBox(self.householdBox)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setEditable(True)

        self.basicLeftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.basicLeftFormLabel1 = QLabel(self.householdBox)
        self.basicLeftFormLabel1.setObjectName(u"basicLeftFormLabel1")

        self.basicLeftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.basicLeftFormLabel1)

        self.householdNoEdit = QLineEdit(self.householdBox)
        self.householdNoEdit.setObjectName(u"householdNoEdit")

        self.basicLeftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.householdNoEdit)

        self.basicLeftFormLabel2 = QLabel(self.householdBox)
        self.basicLeftFormLabel2.setObjectName(u"basicLeftFormLabel2")

        self.basicLeftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basicLeftFormLabel2)

        self.phoneEdit = QLineEdit(self.householdBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.basicLeftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.basicLeftFormLabel3 = QLabel(self.householdBox)
        self.basicLeftFormLabel3.setObjectName(u"basicLeftFormLabel3")

        self.basicLeftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.basicLeftFormLabel3)

        self.bankNameEdit = QLineEdit(self.householdBox)
        self.bankNameEdit.setObjectName(u"bankNameEdit")

        self.basicLeftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bankNameEdit)

        self.basicLeftFormLabel4 = QLabel(self.householdBox)
        self.basicLeftFormLabel4.setObjectName(u"basicLeftFormLabel4")

        self.basicLeftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.basicLeftFormLabel4)

        self.bankAccountEdit = QLineEdit(self.householdBox)
        self.bankAccountEdit.setObjectName(u"bankAccountEdit")

        self.basicLeftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bankAccountEdit)

        self.basicLeftFormLabel5 = QLabel(self.householdBox)
        self.basicLeftFormLabel5.setObjectName(u"basicLeftFormLabel5")

        self.basicLeftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.basicLeftFormLabel5)

        self.standardCombo = QComboBox(self.householdBox)
        self.standardCombo.setObjectName(u"standardCombo")

        self.basicLeftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.standardCombo)

        self.basicLeftFormLabel6 = QLabel(self.householdBox)
        self.basicLeftFormLabel6.setObjectName(u"basicLeftFormLabel6")

        self.basicLeftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.basicLeftFormLabel6)

        self.attributeCombo = QComboBox(self.householdBox)
        self.attributeCombo.setObjectName(u"attributeCombo")

        self.basicLeftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.attributeCombo)

        self.attributeMessage = QLabel(self.householdBox)
        self.attributeMessage.setObjectName(u"attributeMessage")
        self.attributeMessage.setText(u"")
        self.attributeMessage.setWordWrap(True)
        self.attributeMessage.setStyleSheet(u"color: #b00020;")

        self.basicLeftForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.attributeMessage)

        self.basicLeftFormLabel8 = QLabel(self.householdBox)
        self.basicLeftFormLabel8.setObjectName(u"basicLeftFormLabel8")

        self.basicLeftForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.basicLeftFormLabel8)

        self.cadreCombo = QComboBox(self.householdBox)
        self.cadreCombo.setObjectName(u"cadreCombo")

        self.basicLeftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.cadreCombo)


        self.householdBoxLayout.addLayout(self.basicLeftForm)

        self.basicRightForm = QFormLayout()
        self.basicRightForm.setObjectName(u"basicRightForm")
        self.basicRightFormLabel0 = QLabel(self.householdBox)
        self.basicRightFormLabel0.setObjectName(u"basicRightFormLabel0")

        self.basicRightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.basicRightFormLabel0)

        self.mainCauseCombo = QComboBox(self.householdBox)
        self.mainCauseCombo.setObjectName(u"mainCauseCombo")

        self.basicRightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mainCauseCombo)

        self.mainCauseMessage = QLabel(self.householdBox)
        self.mainCauseMessage.setObjectName(u"mainCauseMessage")
        self.mainCauseMessage.setText(u"")
        self.mainCauseMessage.setWordWrap(True)
        self.mainCauseMessage.setStyleSheet(u"color: #b00020;")

        self.basicRightForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.mainCauseMessage)

        self.basicRightFormLabel2 = QLabel(self.householdBox)
        self.basicRightFormLabel2.setObjectName(u"basicRightFormLabel2")

        self.basicRightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basicRightFormLabel2)

        self.otherCausesLayout = QHBoxLayout()
        self.otherCausesLayout.setObjectName(u"otherCausesLayout")
        self.otherCause1Combo = QComboBox(self.householdBox)
        self.otherCause1Combo.setObjectName(u"otherCause1Combo")

        self.otherCausesLayout.addWidget(self.otherCause1Combo)

        self.otherCause2Combo = QComboBox(self.householdBox)
        self.otherCause2Combo.setObjectName(u"otherCause2Combo")

        self.otherCausesLayout.addWidget(self.otherCause2Combo)


        self.basicRightForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.otherCausesLayout)

        self.otherCauseMessage = QLabel(self.householdBox)
        self.otherCauseMessage.setObjectName(u"otherCauseMessage")
        self.otherCauseMessage.setText(u"")
        self.otherCauseMessage.setWordWrap(True)
        self.otherCauseMessage.setStyleSheet(u"color: #b00020;")

        self.basicRightForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.otherCauseMessage)

        self.basicRightFormLabel4 = QLabel(self.householdBox)
        self.basicRightFormLabel4.setObjectName(u"basicRightFormLabel4")

        self.basicRightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.basicRightFormLabel4)

        self.causeNoteEdit = QLineEdit(self.householdBox)
        self.causeNoteEdit.setObjectName(u"causeNoteEdit")

        self.basicRightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.causeNoteEdit)

        self.basicRightFormLabel5 = QLabel(self.householdBox)
        self.basicRightFormLabel5.setObjectName(u"basicRightFormLabel5")

        self.basicRightForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.basicRightFormLabel5)

        self.statusCombo = QComboBox(self.householdBox)
        self.statusCombo.setObjectName(u"statusCombo")

        self.basicRightForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.basicRightFormLabel6 = QLabel(self.householdBox)
        self.basicRightFormLabel6.setObjectName(u"basicRightFormLabel6")

        self.basicRightForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.basicRightFormLabel6)

        self.yearsLayout = QHBoxLayout()
        self.yearsLayout.setObjectName(u"yearsLayout")
        self.identifiedYearSpin = QSpinBox(self.householdBox)
        self.identifiedYearSpin.setObjectName(u"identifiedYearSpin")
        self.identifiedYearSpin.setMinimum(0)
        self.identifiedYearSpin.setMaximum(2100)
        self.identifiedYearSpin.setValue(0)

        self.yearsLayout.addWidget(self.identifiedYearSpin)

        self.exitYearSpin = QSpinBox(self.householdBox)
        self.exitYearSpin.setObjectName(u"exitYearSpin")
        self.exitYearSpin.setMinimum(0)
        self.exitYearSpin.setMaximum(2100)
        self.exitYearSpin.setValue(0)

        self.yearsLayout.addWidget(self.exitYearSpin)

        self.plannedExitYearSpin = QSpinBox(self.householdBox)
        self.plannedExitYearSpin.setObjectName(u"plannedExitYearSpin")
        self.plannedExitYearSpin.setMinimum(0)
        self.plannedExitYearSpin.setMaximum(2100)
        self.plannedExitYearSpin.setValue(0)

        self.yearsLayout.addWidget(self.plannedExitYearSpin)


        self.basicRightForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.yearsLayout)

        self.basicRightFormLabel7 = QLabel(self.householdBox)
        self.basicRightFormLabel7.setObjectName(u"basicRightFormLabel7")

        self.basicRightForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.basicRightFormLabel7)

        self.returnLayout = QHBoxLayout()
        self.returnLayout.setObjectName(u"returnLayout")
        self.returnYearSpin = QSpinBox(self.householdBox)
        self.returnYearSpin.setObjectName(u"returnYearSpin")
        self.returnYearSpin.setMinimum(0)
        self.returnYearSpin.setMaximum(2100)
        self.returnYearSpin.setValue(0)

        self.returnLayout.addWidget(self.returnYearSpin)

        self.returnReasonEdit = QLineEdit(self.householdBox)
        self.returnReasonEdit.setObjectName(u"returnReasonEdit")

        self.returnLayout.addWidget(self.returnReasonEdit)

        self.returnLayout.setStretch(0, 1)
        self.returnLayout.setStretch(1, 2)

        self.basicRightForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.returnLayout)

        self.basicRightFormLabel8 = QLabel(self.householdBox)
        self.basicRightFormLabel8.setObjectName(u"basicRightFormLabel8")

        self.basicRightForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.basicRightFormLabel8)

        self.monitoringCombo = QComboBox(self.householdBox)
        self.monitoringCombo.setObjectName(u"monitoringCombo")

        self.basicRightForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.monitoringCombo)

        self.basicRightFormLabel9 = QLabel(self.householdBox)
        self.basicRightFormLabel9.setObjectName(u"basicRightFormLabel9")

        self.basicRightForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.basicRightFormLabel9)

        self.flagsLayout = QHBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.militaryFamilyCheck = QCheckBox(self.householdBox)
        self.militaryFamilyCheck.setObjectName(u"militaryFamilyCheck")

        self.flagsLayout.addWidget(self.militaryFamilyCheck)

        self.onlyChildCheck = QCheckBox(self.householdBox)
        self.onlyChildCheck.setObjectName(u"onlyChildCheck")

        self.flagsLayout.addWidget(self.onlyChildCheck)

        self.twoDaughtersCheck = QCheckBox(self.householdBox)
        self.twoDaughtersCheck.setObjectName(u"twoDaughtersCheck")

        self.flagsLayout.addWidget(self.twoDaughtersCheck)


        self.basicRightForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.flagsLayout)


        self.householdBoxLayout.addLayout(self.basicRightForm)


        self.basicTabLayout.addWidget(self.householdBox)

        self.membersBox = QGroupBox(self.basicTab)
        self.membersBox.setObjectName(u"membersBox")
        self.membersLayout = QVBoxLayout(self.membersBox)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersTable = QTableView(self.membersBox)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.membersLayout.addWidget(self.membersTable)

        self.membersMessage = QLabel(self.membersBox)
        self.membersMessage.setObjectName(u"membersMessage")
        self.membersMessage.setText(u"")
        self.membersMessage.setWordWrap(True)
        self.membersMessage.setStyleSheet(u"color: #b00020;")

        self.membersLayout.addWidget(self.membersMessage)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.addMemberButton = QPushButton(self.membersBox)
        self.addMemberButton.setObjectName(u"addMemberButton")
        self.addMemberButton.setAutoDefault(False)

        self.memberButtons.addWidget(self.addMemberButton)

        self.editMemberButton = QPushButton(self.membersBox)
        self.editMemberButton.setObjectName(u"editMemberButton")
        self.editMemberButton.setAutoDefault(False)

        self.memberButtons.addWidget(self.editMemberButton)

        self.removeMemberButton = QPushButton(self.membersBox)
        self.removeMemberButton.setObjectName(u"removeMemberButton")
        self.removeMemberButton.setAutoDefault(False)

        self.memberButtons.addWidget(self.removeMemberButton)

        self.makeHeadButton = QPushButton(self.membersBox)
        self.makeHeadButton.setObjectName(u"makeHeadButton")
        self.makeHeadButton.setAutoDefault(False)

        self.memberButtons.addWidget(self.makeHeadButton)

        self.memberButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberButtonsSpacer)

        self.membersCount = QLabel(self.membersBox)
        self.membersCount.setObjectName(u"membersCount")
        self.membersCount.setText(u"")

        self.memberButtons.addWidget(self.membersCount)


        self.membersLayout.addLayout(self.memberButtons)


        self.basicTabLayout.addWidget(self.membersBox)

        self.tabs.addTab(self.basicTab, "")
        self.livingTab = QWidget()
        self.livingTab.setObjectName(u"livingTab")
        self.livingTabLayout = QHBoxLayout(self.livingTab)
        self.livingTabLayout.setObjectName(u"livingTabLayout")
        self.livingLeft = QVBoxLayout()
        self.livingLeft.setObjectName(u"livingLeft")
        self.landBox = QGroupBox(self.livingTab)
        self.landBox.setObjectName(u"landBox")
        self.landForm = QFormLayout(self.landBox)
        self.landForm.setObjectName(u"landForm")
        self.landFormLabel0 = QLabel(self.landBox)
        self.landFormLabel0.setObjectName(u"landFormLabel0")

        self.landForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.landFormLabel0)

        self.arableSpin = QDoubleSpinBox(self.landBox)
        self.arableSpin.setObjectName(u"arableSpin")
        self.arableSpin.setDecimals(1)
        self.arableSpin.setMaximum(100000.000000000000000)
        self.arableSpin.setGroupSeparatorShown(True)
        self.arableSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.arableSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.landForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.arableSpin)

        self.landFormLabel1 = QLabel(self.landBox)
        self.landFormLabel1.setObjectName(u"landFormLabel1")

        self.landForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.landFormLabel1)

        self.irrigatedSpin = QDoubleSpinBox(self.landBox)
        self.irrigatedSpin.setObjectName(u"irrigatedSpin")
        self.irrigatedSpin.setDecimals(1)
        self.irrigatedSpin.setMaximum(100000.000000000000000)
        self.irrigatedSpin.setGroupSeparatorShown(True)
        self.irrigatedSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.irrigatedSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.landForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.irrigatedSpin)

        self.landFormLabel2 = QLabel(self.landBox)
        self.landFormLabel2.setObjectName(u"landFormLabel2")

        self.landForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.landFormLabel2)

        self.forestSpin = QDoubleSpinBox(self.landBox)
        self.forestSpin.setObjectName(u"forestSpin")
        self.forestSpin.setDecimals(1)
        self.forestSpin.setMaximum(100000.000000000000000)
        self.forestSpin.setGroupSeparatorShown(True)
        self.forestSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.forestSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.landForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.forestSpin)

        self.landFormLabel3 = QLabel(self.landBox)
        self.landFormLabel3.setObjectName(u"landFormLabel3")

        self.landForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.landFormLabel3)

        self.returnedFarmlandSpin = QDoubleSpinBox(self.landBox)
        self.returnedFarmlandSpin.setObjectName(u"returnedFarmlandSpin")
        self.returnedFarmlandSpin.setDecimals(1)
        self.returnedFarmlandSpin.setMaximum(100000.000000000000000)
        self.returnedFarmlandSpin.setGroupSeparatorShown(True)
        self.returnedFarmlandSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.returnedFarmlandSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.landForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.returnedFarmlandSpin)

        self.landFormLabel4 = QLabel(self.landBox)
        self.landFormLabel4.setObjectName(u"landFormLabel4")

        self.landForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.landFormLabel4)

        self.orchardSpin = QDoubleSpinBox(self.landBox)
        self.orchardSpin.setObjectName(u"orchardSpin")
        self.orchardSpin.setDecimals(1)
        self.orchardSpin.setMaximum(100000.000000000000000)
        self.orchardSpin.setGroupSeparatorShown(True)
        self.orchardSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.orchardSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.landForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.orchardSpin)

        self.landFormLabel5 = QLabel(self.landBox)
        self.landFormLabel5.setObjectName(u"landFormLabel5")

        self.landForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.landFormLabel5)

        self.pastureSpin = QDoubleSpinBox(self.landBox)
        self.pastureSpin.setObjectName(u"pastureSpin")
        self.pastureSpin.setDecimals(1)
        self.pastureSpin.setMaximum(100000.000000000000000)
        self.pastureSpin.setGroupSeparatorShown(True)
        self.pastureSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.pastureSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.landForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pastureSpin)

        self.landFormLabel6 = QLabel(self.landBox)
        self.landFormLabel6.setObjectName(u"landFormLabel6")

        self.landForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.landFormLabel6)

        self.waterSurfaceSpin = QDoubleSpinBox(self.landBox)
        self.waterSurfaceSpin.setObjectName(u"waterSurfaceSpin")
        self.waterSurfaceSpin.setDecimals(1)
        self.waterSurfaceSpin.setMaximum(100000.000000000000000)
        self.waterSurfaceSpin.setGroupSeparatorShown(True)
        self.waterSurfaceSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.waterSurfaceSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.landForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.waterSurfaceSpin)


        self.livingLeft.addWidget(self.landBox)

        self.relocationBox = QGroupBox(self.livingTab)
        self.relocationBox.setObjectName(u"relocationBox")
        self.relocationForm = QFormLayout(self.relocationBox)
        self.relocationForm.setObjectName(u"relocationForm")
        self.relocationFormLabel0 = QLabel(self.relocationBox)
        self.relocationFormLabel0.setObjectName(u"relocationFormLabel0")

        self.relocationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.relocationFormLabel0)

        self.relocatedCheck = QCheckBox(self.relocationBox)
        self.relocatedCheck.setObjectName(u"relocatedCheck")

        self.relocationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.relocatedCheck)

        self.relocationFormLabel1 = QLabel(self.relocationBox)
        self.relocationFormLabel1.setObjectName(u"relocationFormLabel1")

        self.relocationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.relocationFormLabel1)

        self.relocationModeCombo = QComboBox(self.relocationBox)
        self.relocationModeCombo.setObjectName(u"relocationModeCombo")

        self.relocationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.relocationModeCombo)


        self.livingLeft.addWidget(self.relocationBox)

        self.livingLeftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.livingLeft.addItem(self.livingLeftSpacer)


        self.livingTabLayout.addLayout(self.livingLeft)

        self.livingRight = QVBoxLayout()
        self.livingRight.setObjectName(u"livingRight")
        self.livingBox = QGroupBox(self.livingTab)
        self.livingBox.setObjectName(u"livingBox")
        self.livingForm = QFormLayout(self.livingBox)
        self.livingForm.setObjectName(u"livingForm")
        self.livingFormLabel0 = QLabel(self.livingBox)
        self.livingFormLabel0.setObjectName(u"livingFormLabel0")

        self.livingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.livingFormLabel0)

        self.powerLayout = QHBoxLayout()
        self.powerLayout.setObjectName(u"powerLayout")
        self.hasElectricityCheck = QCheckBox(self.livingBox)
        self.hasElectricityCheck.setObjectName(u"hasElectricityCheck")

        self.powerLayout.addWidget(self.hasElectricityCheck)

        self.hasBroadcastTvCheck = QCheckBox(self.livingBox)
        self.hasBroadcastTvCheck.setObjectName(u"hasBroadcastTvCheck")

        self.powerLayout.addWidget(self.hasBroadcastTvCheck)


        self.livingForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.powerLayout)

        self.livingFormLabel1 = QLabel(self.livingBox)
        self.livingFormLabel1.setObjectName(u"livingFormLabel1")

        self.livingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.livingFormLabel1)

        self.roadDistanceSpin = QDoubleSpinBox(self.livingBox)
        self.roadDistanceSpin.setObjectName(u"roadDistanceSpin")
        self.roadDistanceSpin.setDecimals(1)
        self.roadDistanceSpin.setMaximum(1000.000000000000000)
        self.roadDistanceSpin.setGroupSeparatorShown(True)
        self.roadDistanceSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.roadDistanceSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.livingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roadDistanceSpin)

        self.livingFormLabel2 = QLabel(self.livingBox)
        self.livingFormLabel2.setObjectName(u"livingFormLabel2")

        self.livingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.livingFormLabel2)

        self.accessRoadCombo = QComboBox(self.livingBox)
        self.accessRoadCombo.setObjectName(u"accessRoadCombo")

        self.livingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.accessRoadCombo)

        self.livingFormLabel3 = QLabel(self.livingBox)
        self.livingFormLabel3.setObjectName(u"livingFormLabel3")

        self.livingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.livingFormLabel3)

        self.housingAreaSpin = QDoubleSpinBox(self.livingBox)
        self.housingAreaSpin.setObjectName(u"housingAreaSpin")
        self.housingAreaSpin.setDecimals(1)
        self.housingAreaSpin.setMaximum(100000.000000000000000)
        self.housingAreaSpin.setGroupSeparatorShown(True)
        self.housingAreaSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.housingAreaSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.livingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.housingAreaSpin)

        self.livingFormLabel4 = QLabel(self.livingBox)
        self.livingFormLabel4.setObjectName(u"livingFormLabel4")

        self.livingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.livingFormLabel4)

        self.houseGradeCombo = QComboBox(self.livingBox)
        self.houseGradeCombo.setObjectName(u"houseGradeCombo")

        self.livingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.houseGradeCombo)

        self.houseGradeMessage = QLabel(self.livingBox)
        self.houseGradeMessage.setObjectName(u"houseGradeMessage")
        self.houseGradeMessage.setText(u"")
        self.houseGradeMessage.setWordWrap(True)
        self.houseGradeMessage.setStyleSheet(u"color: #b00020;")

        self.livingForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.houseGradeMessage)

        self.livingFormLabel6 = QLabel(self.livingBox)
        self.livingFormLabel6.setObjectName(u"livingFormLabel6")

        self.livingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.livingFormLabel6)

        self.waterLayout = QHBoxLayout()
        self.waterLayout.setObjectName(u"waterLayout")
        self.drinkingWaterDifficultCheck = QCheckBox(self.livingBox)
        self.drinkingWaterDifficultCheck.setObjectName(u"drinkingWaterDifficultCheck")

        self.waterLayout.addWidget(self.drinkingWaterDifficultCheck)

        self.drinkingWaterSafeCheck = QCheckBox(self.livingBox)
        self.drinkingWaterSafeCheck.setObjectName(u"drinkingWaterSafeCheck")

        self.waterLayout.addWidget(self.drinkingWaterSafeCheck)


        self.livingForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.waterLayout)

        self.livingFormLabel7 = QLabel(self.livingBox)
        self.livingFormLabel7.setObjectName(u"livingFormLabel7")

        self.livingForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.livingFormLabel7)

        self.mainFuelCombo = QComboBox(self.livingBox)
        self.mainFuelCombo.setObjectName(u"mainFuelCombo")

        self.livingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mainFuelCombo)

        self.livingFormLabel8 = QLabel(self.livingBox)
        self.livingFormLabel8.setObjectName(u"livingFormLabel8")

        self.livingForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.livingFormLabel8)

        self.sanitaryToiletCheck = QCheckBox(self.livingBox)
        self.sanitaryToiletCheck.setObjectName(u"sanitaryToiletCheck")

        self.livingForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sanitaryToiletCheck)

        self.livingFormLabel9 = QLabel(self.livingBox)
        self.livingFormLabel9.setObjectName(u"livingFormLabel9")

        self.livingForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.livingFormLabel9)

        self.ledLayout = QHBoxLayout()
        self.ledLayout.setObjectName(u"ledLayout")
        self.inCooperativeCheck = QCheckBox(self.livingBox)
        self.inCooperativeCheck.setObjectName(u"inCooperativeCheck")

        self.ledLayout.addWidget(self.inCooperativeCheck)

        self.enterpriseLedCheck = QCheckBox(self.livingBox)
        self.enterpriseLedCheck.setObjectName(u"enterpriseLedCheck")

        self.ledLayout.addWidget(self.enterpriseLedCheck)

        self.leaderLedCheck = QCheckBox(self.livingBox)
        self.leaderLedCheck.setObjectName(u"leaderLedCheck")

        self.ledLayout.addWidget(self.leaderLedCheck)


        self.livingForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.ledLayout)


        self.livingRight.addWidget(self.livingBox)

        self.livingRightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.livingRight.addItem(self.livingRightSpacer)


        self.livingTabLayout.addLayout(self.livingRight)

        self.tabs.addTab(self.livingTab, "")
        self.incomeTab = QWidget()
        self.incomeTab.setObjectName(u"incomeTab")
        self.incomeTabLayout = QVBoxLayout(self.incomeTab)
        self.incomeTabLayout.setObjectName(u"incomeTabLayout")
        self.incomeYearLayout = QHBoxLayout()
        self.incomeYearLayout.setObjectName(u"incomeYearLayout")
        self.incomeYearLabel = QLabel(self.incomeTab)
        self.incomeYearLabel.setObjectName(u"incomeYearLabel")

        self.incomeYearLayout.addWidget(self.incomeYearLabel)

        self.incomeYearSpin = QSpinBox(self.incomeTab)
        self.incomeYearSpin.setObjectName(u"incomeYearSpin")
        self.incomeYearSpin.setMinimum(0)
        self.incomeYearSpin.setMaximum(2100)
        self.incomeYearSpin.setValue(0)

        self.incomeYearLayout.addWidget(self.incomeYearSpin)

        self.incomeYearSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incomeYearLayout.addItem(self.incomeYearSpacer)


        self.incomeTabLayout.addLayout(self.incomeYearLayout)

        self.incomeBox = QGroupBox(self.incomeTab)
        self.incomeBox.setObjectName(u"incomeBox")
        self.incomeGrid = QGridLayout(self.incomeBox)
        self.incomeGrid.setObjectName(u"incomeGrid")

        self.incomeTabLayout.addWidget(self.incomeBox)

        self.totalsBox = QGroupBox(self.incomeTab)
        self.totalsBox.setObjectName(u"totalsBox")
        self.totalsForm = QFormLayout(self.totalsBox)
        self.totalsForm.setObjectName(u"totalsForm")
        self.totalsFormLabel0 = QLabel(self.totalsBox)
        self.totalsFormLabel0.setObjectName(u"totalsFormLabel0")

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.totalsFormLabel0)

        self.netIncomeValue = QLabel(self.totalsBox)
        self.netIncomeValue.setObjectName(u"netIncomeValue")
        self.netIncomeValue.setText(u"0")

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.netIncomeValue)

        self.totalsFormLabel1 = QLabel(self.totalsBox)
        self.totalsFormLabel1.setObjectName(u"totalsFormLabel1")

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.totalsFormLabel1)

        self.perCapitaValue = QLabel(self.totalsBox)
        self.perCapitaValue.setObjectName(u"perCapitaValue")
        self.perCapitaValue.setText(u"0")

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.perCapitaValue)

        self.incomeMessage = QLabel(self.totalsBox)
        self.incomeMessage.setObjectName(u"incomeMessage")
        self.incomeMessage.setText(u"")
        self.incomeMessage.setWordWrap(True)
        self.incomeMessage.setStyleSheet(u"color: #b00020;")

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.incomeMessage)


        self.incomeTabLayout.addWidget(self.totalsBox)

        self.incomeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.incomeTabLayout.addItem(self.incomeSpacer)

        self.tabs.addTab(self.incomeTab, "")
        self.guaranteeTab = QWidget()
        self.guaranteeTab.setObjectName(u"guaranteeTab")
        self.guaranteeTabLayout = QVBoxLayout(self.guaranteeTab)
        self.guaranteeTabLayout.setObjectName(u"guaranteeTabLayout")
        self.guaranteeBox = QGroupBox(self.guaranteeTab)
        self.guaranteeBox.setObjectName(u"guaranteeBox")
        self.guaranteeForm = QFormLayout(self.guaranteeBox)
        self.guaranteeForm.setObjectName(u"guaranteeForm")
        self.guaranteeFormLabel0 = QLabel(self.guaranteeBox)
        self.guaranteeFormLabel0.setObjectName(u"guaranteeFormLabel0")

        self.guaranteeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.guaranteeFormLabel0)

        self.foodClothingCheck = QCheckBox(self.guaranteeBox)
        self.foodClothingCheck.setObjectName(u"foodClothingCheck")

        self.guaranteeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.foodClothingCheck)

        self.guaranteeFormLabel1 = QLabel(self.guaranteeBox)
        self.guaranteeFormLabel1.setObjectName(u"guaranteeFormLabel1")

        self.guaranteeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.guaranteeFormLabel1)

        self.educationCheck = QCheckBox(self.guaranteeBox)
        self.educationCheck.setObjectName(u"educationCheck")

        self.guaranteeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.educationCheck)

        self.guaranteeFormLabel2 = QLabel(self.guaranteeBox)
        self.guaranteeFormLabel2.setObjectName(u"guaranteeFormLabel2")

        self.guaranteeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.guaranteeFormLabel2)

        self.medicalCheck = QCheckBox(self.guaranteeBox)
        self.medicalCheck.setObjectName(u"medicalCheck")

        self.guaranteeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.medicalCheck)

        self.guaranteeFormLabel3 = QLabel(self.guaranteeBox)
        self.guaranteeFormLabel3.setObjectName(u"guaranteeFormLabel3")

        self.guaranteeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.guaranteeFormLabel3)

        self.housingSafeCheck = QCheckBox(self.guaranteeBox)
        self.housingSafeCheck.setObjectName(u"housingSafeCheck")

        self.guaranteeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.housingSafeCheck)

        self.guaranteeFormLabel4 = QLabel(self.guaranteeBox)
        self.guaranteeFormLabel4.setObjectName(u"guaranteeFormLabel4")

        self.guaranteeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.guaranteeFormLabel4)

        self.waterSafeValue = QLabel(self.guaranteeBox)
        self.waterSafeValue.setObjectName(u"waterSafeValue")
        self.waterSafeValue.setText(u"")

        self.guaranteeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.waterSafeValue)

        self.guaranteeMessage = QLabel(self.guaranteeBox)
        self.guaranteeMessage.setObjectName(u"guaranteeMessage")
        self.guaranteeMessage.setText(u"")
        self.guaranteeMessage.setWordWrap(True)
        self.guaranteeMessage.setStyleSheet(u"color: #b00020;")

        self.guaranteeForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.guaranteeMessage)


        self.guaranteeTabLayout.addWidget(self.guaranteeBox)

        self.noteBox = QGroupBox(self.guaranteeTab)
        self.noteBox.setObjectName(u"noteBox")
        self.noteLayout = QVBoxLayout(self.noteBox)
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteEdit = QPlainTextEdit(self.noteBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.noteLayout.addWidget(self.noteEdit)


        self.guaranteeTabLayout.addWidget(self.noteBox)

        self.guaranteeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.guaranteeTabLayout.addItem(self.guaranteeSpacer)

        self.tabs.addTab(self.guaranteeTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.findingsList = QListWidget(HouseholdForm)
        self.findingsList.setObjectName(u"findingsList")
        self.findingsList.setMaximumSize(QSize(16777215, 110))

        self.mainLayout.addWidget(self.findingsList)

        self.buttonBox = QDialogButtonBox(HouseholdForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(HouseholdForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(HouseholdForm)
    # setupUi

    def retranslateUi(self, HouseholdForm):
        HouseholdForm.setWindowTitle(QCoreApplication.translate("HouseholdForm", u"\u519c\u6237\u4fe1\u606f", None))
        self.householdBox.setTitle(QCoreApplication.translate("HouseholdForm", u"\u6237\u57fa\u672c\u4fe1\u606f", None))
        self.basicLeftFormLabel0.setText(QCoreApplication.translate("HouseholdForm", u"\u6751\u6c11\u5c0f\u7ec4", None))
        self.basicLeftFormLabel1.setText(QCoreApplication.translate("HouseholdForm", u"\u6237\u7f16\u53f7", None))
        self.basicLeftFormLabel2.setText(QCoreApplication.translate("HouseholdForm", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.basicLeftFormLabel3.setText(QCoreApplication.translate("HouseholdForm", u"\u5f00\u6237\u94f6\u884c", None))
        self.basicLeftFormLabel4.setText(QCoreApplication.translate("HouseholdForm", u"\u94f6\u884c\u8d26\u53f7", None))
        self.basicLeftFormLabel5.setText(QCoreApplication.translate("HouseholdForm", u"\u8bc6\u522b\u6807\u51c6", None))
        self.basicLeftFormLabel6.setText(QCoreApplication.translate("HouseholdForm", u"\u8d2b\u56f0\u6237\u5c5e\u6027", None))
        self.basicLeftFormLabel8.setText(QCoreApplication.translate("HouseholdForm", u"\u5e2e\u6276\u8d23\u4efb\u4eba", None))
        self.basicRightFormLabel0.setText(QCoreApplication.translate("HouseholdForm", u"\u4e3b\u8981\u81f4\u8d2b\u539f\u56e0", None))
        self.basicRightFormLabel2.setText(QCoreApplication.translate("HouseholdForm", u"\u5176\u4ed6\u81f4\u8d2b\u539f\u56e0", None))
        self.basicRightFormLabel4.setText(QCoreApplication.translate("HouseholdForm", u"\u81f4\u8d2b\u539f\u56e0\u8bf4\u660e", None))
        self.basicRightFormLabel5.setText(QCoreApplication.translate("HouseholdForm", u"\u8131\u8d2b\u72b6\u6001", None))
        self.basicRightFormLabel6.setText(QCoreApplication.translate("HouseholdForm", u"\u8bc6\u522b/\u8131\u8d2b/\u8ba1\u5212\u8131\u8d2b\u5e74\u5ea6", None))
        self.identifiedYearSpin.setSpecialValueText(QCoreApplication.translate("HouseholdForm", u"\u672a\u586b", None))
        self.exitYearSpin.setSpecialValueText(QCoreApplication.translate("HouseholdForm", u"\u672a\u586b", None))
        self.plannedExitYearSpin.setSpecialValueText(QCoreApplication.translate("HouseholdForm", u"\u672a\u586b", None))
        self.basicRightFormLabel7.setText(QCoreApplication.translate("HouseholdForm", u"\u8fd4\u8d2b\u5e74\u5ea6\u53ca\u539f\u56e0", None))
        self.returnYearSpin.setSpecialValueText(QCoreApplication.translate("HouseholdForm", u"\u672a\u586b", None))
        self.basicRightFormLabel8.setText(QCoreApplication.translate("HouseholdForm", u"\u76d1\u6d4b\u5bf9\u8c61\u7c7b\u522b", None))
        self.basicRightFormLabel9.setText(QCoreApplication.translate("HouseholdForm", u"\u6237\u7c7b\u578b", None))
        self.militaryFamilyCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u519b\u70c8\u5c5e", None))
        self.onlyChildCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u72ec\u751f\u5b50\u5973\u6237", None))
        self.twoDaughtersCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u53cc\u5973\u6237", None))
        self.membersBox.setTitle(QCoreApplication.translate("HouseholdForm", u"\u5bb6\u5ead\u6210\u5458", None))
        self.addMemberButton.setText(QCoreApplication.translate("HouseholdForm", u"\u6dfb\u52a0\u6210\u5458(&A)", None))
        self.editMemberButton.setText(QCoreApplication.translate("HouseholdForm", u"\u7f16\u8f91\u6210\u5458(&M)\u2026", None))
        self.removeMemberButton.setText(QCoreApplication.translate("HouseholdForm", u"\u5220\u9664\u6210\u5458", None))
        self.makeHeadButton.setText(QCoreApplication.translate("HouseholdForm", u"\u8bbe\u4e3a\u6237\u4e3b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("HouseholdForm", u"\u57fa\u672c\u60c5\u51b5", None))
        self.landBox.setTitle(QCoreApplication.translate("HouseholdForm", u"\u751f\u4ea7\u6761\u4ef6\uff08\u571f\u5730\uff09", None))
        self.landFormLabel0.setText(QCoreApplication.translate("HouseholdForm", u"\u8015\u5730", None))
        self.arableSpin.setSuffix(QCoreApplication.translate("HouseholdForm", u" \u4ea9", None))
        self.landFormLabel1.setText(QCoreApplication.translate("HouseholdForm", u"\u5176\u4e2d\u6709\u6548\u704c\u6e89", None))
        self.irrigatedSpin.setSuffix(QCoreApplication.translate("HouseholdForm", u" \u4ea9", None))
        self.landFormLabel2.setText(QCoreApplication.translate("HouseholdForm", u"\u6797\u5730", None))
        self.forestSpin.setSuffix(QCoreApplication.translate("HouseholdForm", u" \u4ea9", None))
        self.landFormLabel3.setText(QCoreApplication.translate("HouseholdForm", u"\u9000\u8015\u8fd8\u6797", None))
        self.returnedFarmlandSpin.setSuffix(QCoreApplication.translate("HouseholdForm", u" \u4ea9", None))
        self.landFormLabel4.setText(QCoreApplication.translate("HouseholdForm", u"\u6797\u679c", None))
        self.orchardSpin.setSuffix(QCoreApplication.translate("HouseholdForm", u" \u4ea9", None))
        self.landFormLabel5.setText(QCoreApplication.translate("HouseholdForm", u"\u7267\u8349\u5730", None))
        self.pastureSpin.setSuffix(QCoreApplication.translate("HouseholdForm", u" \u4ea9", None))
        self.landFormLabel6.setText(QCoreApplication.translate("HouseholdForm", u"\u6c34\u9762", None))
        self.waterSurfaceSpin.setSuffix(QCoreApplication.translate("HouseholdForm", u" \u4ea9", None))
        self.relocationBox.setTitle(QCoreApplication.translate("HouseholdForm", u"\u6613\u5730\u6276\u8d2b\u642c\u8fc1", None))
        self.relocationFormLabel0.setText(QCoreApplication.translate("HouseholdForm", u"\u6613\u5730\u6276\u8d2b\u642c\u8fc1", None))
        self.relocatedCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u662f\u6613\u5730\u6276\u8d2b\u642c\u8fc1\u6237", None))
        self.relocationFormLabel1.setText(QCoreApplication.translate("HouseholdForm", u"\u5b89\u7f6e\u65b9\u5f0f", None))
        self.livingBox.setTitle(QCoreApplication.translate("HouseholdForm", u"\u751f\u6d3b\u6761\u4ef6", None))
        self.livingFormLabel0.setText(QCoreApplication.translate("HouseholdForm", u"\u751f\u6d3b\u7528\u7535\u4e0e\u5e7f\u64ad\u7535\u89c6", None))
        self.hasElectricityCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u901a\u751f\u6d3b\u7528\u7535", None))
        self.hasBroadcastTvCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u901a\u5e7f\u64ad\u7535\u89c6", None))
        self.livingFormLabel1.setText(QCoreApplication.translate("HouseholdForm", u"\u8ddd\u6751\u4e3b\u5e72\u8def", None))
        self.roadDistanceSpin.setSuffix(QCoreApplication.translate("HouseholdForm", u" \u516c\u91cc", None))
        self.livingFormLabel2.setText(QCoreApplication.translate("HouseholdForm", u"\u5165\u6237\u8def\u7c7b\u578b", None))
        self.livingFormLabel3.setText(QCoreApplication.translate("HouseholdForm", u"\u4f4f\u623f\u9762\u79ef", None))
        self.housingAreaSpin.setSuffix(QCoreApplication.translate("HouseholdForm", u" \u5e73\u65b9\u7c73", None))
        self.livingFormLabel4.setText(QCoreApplication.translate("HouseholdForm", u"\u5371\u623f\u7b49\u7ea7", None))
        self.livingFormLabel6.setText(QCoreApplication.translate("HouseholdForm", u"\u996e\u6c34", None))
        self.drinkingWaterDifficultCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u996e\u6c34\u56f0\u96be", None))
        self.drinkingWaterSafeCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u996e\u6c34\u5b89\u5168", None))
        self.livingFormLabel7.setText(QCoreApplication.translate("HouseholdForm", u"\u4e3b\u8981\u71c3\u6599\u7c7b\u578b", None))
        self.livingFormLabel8.setText(QCoreApplication.translate("HouseholdForm", u"\u536b\u751f\u5395\u6240", None))
        self.sanitaryToiletCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u6709\u536b\u751f\u5395\u6240", None))
        self.livingFormLabel9.setText(QCoreApplication.translate("HouseholdForm", u"\u4ea7\u4e1a\u5e26\u52a8", None))
        self.inCooperativeCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u52a0\u5165\u519c\u6c11\u4e13\u4e1a\u5408\u4f5c\u793e", None))
        self.enterpriseLedCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u9f99\u5934\u4f01\u4e1a\u5e26\u52a8", None))
        self.leaderLedCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u81f4\u5bcc\u5e26\u5934\u4eba\u5e26\u52a8", None))
        self.tabs.setTabText(self.tabs.indexOf(self.livingTab), QCoreApplication.translate("HouseholdForm", u"\u751f\u4ea7\u751f\u6d3b\u6761\u4ef6", None))
        self.incomeYearLabel.setText(QCoreApplication.translate("HouseholdForm", u"\u6536\u5165\u5e74\u5ea6", None))
        self.incomeYearSpin.setSpecialValueText(QCoreApplication.translate("HouseholdForm", u"\u672a\u586b", None))
        self.incomeBox.setTitle(QCoreApplication.translate("HouseholdForm", u"\u6536\u5165\u4e0e\u652f\u51fa\uff08\u5143/\u5e74\uff09", None))
        self.totalsBox.setTitle(QCoreApplication.translate("HouseholdForm", u"\u5408\u8ba1\uff08\u81ea\u52a8\u8ba1\u7b97\uff09", None))
        self.totalsFormLabel0.setText(QCoreApplication.translate("HouseholdForm", u"\u5bb6\u5ead\u7eaf\u6536\u5165", None))
        self.totalsFormLabel1.setText(QCoreApplication.translate("HouseholdForm", u"\u4eba\u5747\u7eaf\u6536\u5165", None))
        self.tabs.setTabText(self.tabs.indexOf(self.incomeTab), QCoreApplication.translate("HouseholdForm", u"\u6536\u5165", None))
        self.guaranteeBox.setTitle(QCoreApplication.translate("HouseholdForm", u"\u4e24\u4e0d\u6101\u4e09\u4fdd\u969c\u53ca\u996e\u6c34\u5b89\u5168", None))
        self.guaranteeFormLabel0.setText(QCoreApplication.translate("HouseholdForm", u"\u4e0d\u6101\u5403\u3001\u4e0d\u6101\u7a7f", None))
        self.foodClothingCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u5df2\u8fbe\u5230", None))
        self.guaranteeFormLabel1.setText(QCoreApplication.translate("HouseholdForm", u"\u4e49\u52a1\u6559\u80b2\u6709\u4fdd\u969c", None))
        self.educationCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u5df2\u8fbe\u5230\uff08\u65e0\u4e49\u52a1\u6559\u80b2\u9636\u6bb5\u8f8d\u5b66\uff09", None))
        self.guaranteeFormLabel2.setText(QCoreApplication.translate("HouseholdForm", u"\u57fa\u672c\u533b\u7597\u6709\u4fdd\u969c", None))
        self.medicalCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u5df2\u8fbe\u5230\uff08\u5168\u5bb6\u53c2\u52a0\u57fa\u672c\u533b\u7597\u4fdd\u9669\uff09", None))
        self.guaranteeFormLabel3.setText(QCoreApplication.translate("HouseholdForm", u"\u4f4f\u623f\u5b89\u5168\u6709\u4fdd\u969c", None))
        self.housingSafeCheck.setText(QCoreApplication.translate("HouseholdForm", u"\u5df2\u8fbe\u5230\uff08\u975eC\u3001D\u7ea7\u5371\u623f\uff09", None))
        self.guaranteeFormLabel4.setText(QCoreApplication.translate("HouseholdForm", u"\u996e\u6c34\u5b89\u5168\u6709\u4fdd\u969c", None))
        self.noteBox.setTitle(QCoreApplication.translate("HouseholdForm", u"\u5907\u6ce8", None))
        self.tabs.setTabText(self.tabs.indexOf(self.guaranteeTab), QCoreApplication.translate("HouseholdForm", u"\u4e24\u4e0d\u6101\u4e09\u4fdd\u969c", None))
    # retranslateUi

