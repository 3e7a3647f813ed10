# generated from ui/member_dialog.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(820, 520)
        self.mainLayout = QVBoxLayout(MemberDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.identityFormLabel0 = QLabel(MemberDialog)
        self.identityFormLabel0.setObjectName(u"identityFormLabel0")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.identityFormLabel0)

        self.nameEdit = QLineEdit(MemberDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameMessage = QLabel(MemberDialog)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setText(u"")
        self.nameMessage.setWordWrap(True)
        self.nameMessage.setStyleSheet(u"color: #b00020;")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.nameMessage)

        self.identityFormLabel2 = QLabel(MemberDialog)
        self.identityFormLabel2.setObjectName(u"identityFormLabel2")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.identityFormLabel2)

        self.idTypeCombo = QComboBox(MemberDialog)
        self.idTypeCombo.setObjectName(u"idTypeCombo")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idTypeCombo)

        self.identityFormLabel3 = QLabel(MemberDialog)
        self.identityFormLabel3.setObjectName(u"identityFormLabel3")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.identityFormLabel3)

        self.idNumberEdit = QLineEdit(MemberDialog)
        self.idNumberEdit.setObjectName(u"idNumberEdit")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.idMessage = QLabel(MemberDialog)
        self.idMessage.setObjectName(u"idMessage")
        self.idMessage.setText(u"")
        self.idMessage.setWordWrap(True)
        self.idMessage.setStyleSheet(u"color: #b00020;")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.idMessage)

        self.duplicateLabel = QLabel(MemberDialog)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setText(u"")
        self.duplicateLabel.setWordWrap(True)
        self.duplicateLabel.setOpenExternalLinks(False)
        self.duplicateLabel.setTextFormat(Qt.TextFormat.RichText)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.duplicateLabel)

        self.identityFormLabel6 = QLabel(MemberDialog)
        self.identityFormLabel6.setObjectName(u"identityFormLabel6")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.identityFormLabel6)

        self.sexCombo = QComboBox(MemberDialog)
        self.sexCombo.setObjectName(u"sexCombo")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.identityFormLabel7 = QLabel(MemberDialog)
        self.identityFormLabel7.setObjectName(u"identityFormLabel7")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.identityFormLabel7)

        self.birthDateEdit = QDateEdit(MemberDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setCalendarPopup(True)
        self.birthDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.derivedHint = QLabel(MemberDialog)
        self.derivedHint.setObjectName(u"derivedHint")
        self.derivedHint.setWordWrap(True)
        self.derivedHint.setStyleSheet(u"color: #555;")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.derivedHint)

        self.birthMessage = QLabel(MemberDialog)
        self.birthMessage.setObjectName(u"birthMessage")
        self.birthMessage.setText(u"")
        self.birthMessage.setWordWrap(True)
        self.birthMessage.setStyleSheet(u"color: #b00020;")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.birthMessage)

        self.identityFormLabel10 = QLabel(MemberDialog)
        self.identityFormLabel10.setObjectName(u"identityFormLabel10")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.identityFormLabel10)

        self.relationshipCombo = QComboBox(MemberDialog)
        self.relationshipCombo.setObjectName(u"relationshipCombo")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.relationshipCombo)

        self.relationshipMessage = QLabel(MemberDialog)
        self.relationshipMessage.setObjectName(u"relationshipMessage")
        self.relationshipMessage.setText(u"")
        self.relationshipMessage.setWordWrap(True)
        self.relationshipMessage.setStyleSheet(u"color: #b00020;")

        self.identityForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.relationshipMessage)

        self.identityFormLabel12 = QLabel(MemberDialog)
        self.identityFormLabel12.setObjectName(u"identityFormLabel12")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.identityFormLabel12)

        self.ethnicityCombo = QComboBox(MemberDialog)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.ethnicityCombo)

        self.identityFormLabel13 = QLabel(MemberDialog)
        self.identityFormLabel13.setObjectName(u"identityFormLabel13")

        self.identityForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.identityFormLabel13)

        self.politicalCombo = QComboBox(MemberDialog)
        self.politicalCombo.setObjectName(u"politicalCombo")

        self.identityForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.politicalCombo)

        self.identityFormLabel14 = QLabel(MemberDialog)
        self.identityFormLabel14.setObjectName(u"identityFormLabel14")

        self.identityForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.identityFormLabel14)

        self.phoneEdit = QLineEdit(MemberDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.identityForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.columnsLayout.addLayout(self.identityForm)

        self.situationForm = QFormLayout()
        self.situationForm.setObjectName(u"situationForm")
        self.situationFormLabel0 = QLabel(MemberDialog)
        self.situationFormLabel0.setObjectName(u"situationFormLabel0")

        self.situationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.situationFormLabel0)

        self.educationCombo = QComboBox(MemberDialog)
        self.educationCombo.setObjectName(u"educationCombo")

        self.situationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.situationFormLabel1 = QLabel(MemberDialog)
        self.situationFormLabel1.setObjectName(u"situationFormLabel1")

        self.situationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.situationFormLabel1)

        self.schoolCombo = QComboBox(MemberDialog)
        self.schoolCombo.setObjectName(u"schoolCombo")

        self.situationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schoolCombo)

        self.schoolMessage = QLabel(MemberDialog)
        self.schoolMessage.setObjectName(u"schoolMessage")
        self.schoolMessage.setText(u"")
        self.schoolMessage.setWordWrap(True)
        self.schoolMessage.setStyleSheet(u"color: #b00020;")

        self.situationForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.schoolMessage)

        self.situationFormLabel3 = QLabel(MemberDialog)
        self.situationFormLabel3.setObjectName(u"situationFormLabel3")

        self.situationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.situationFormLabel3)

        self.healthHolder = QWidget(MemberDialog)
        self.healthHolder.setObjectName(u"healthHolder")

        self.situationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.healthHolder)

        self.situationFormLabel4 = QLabel(MemberDialog)
        self.situationFormLabel4.setObjectName(u"situationFormLabel4")

        self.situationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.situationFormLabel4)

        self.disabilityGradeEdit = QLineEdit(MemberDialog)
        self.disabilityGradeEdit.setObjectName(u"disabilityGradeEdit")

        self.situationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.disabilityGradeEdit)

        self.situationFormLabel5 = QLabel(MemberDialog)
        self.situationFormLabel5.setObjectName(u"situationFormLabel5")

        self.situationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.situationFormLabel5)

        self.labourCombo = QComboBox(MemberDialog)
        self.labourCombo.setObjectName(u"labourCombo")

        self.situationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.labourCombo)

        self.labourMessage = QLabel(MemberDialog)
        self.labourMessage.setObjectName(u"labourMessage")
        self.labourMessage.setText(u"")
        self.labourMessage.setWordWrap(True)
        self.labourMessage.setStyleSheet(u"color: #b00020;")

        self.situationForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.labourMessage)

        self.situationFormLabel7 = QLabel(MemberDialog)
        self.situationFormLabel7.setObjectName(u"situationFormLabel7")

        self.situationForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.situationFormLabel7)

        self.workStatusCombo = QComboBox(MemberDialog)
        self.workStatusCombo.setObjectName(u"workStatusCombo")

        self.situationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.workStatusCombo)

        self.situationFormLabel8 = QLabel(MemberDialog)
        self.situationFormLabel8.setObjectName(u"situationFormLabel8")

        self.situationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.situationFormLabel8)

        self.workMonthsSpin = QDoubleSpinBox(MemberDialog)
        self.workMonthsSpin.setObjectName(u"workMonthsSpin")
        self.workMonthsSpin.setDecimals(0)
        self.workMonthsSpin.setMaximum(12.000000000000000)

        self.situationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.workMonthsSpin)

        self.situationFormLabel9 = QLabel(MemberDialog)
        self.situationFormLabel9.setObjectName(u"situationFormLabel9")

        self.situationForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.situationFormLabel9)

        self.insuranceLayout = QVBoxLayout()
        self.insuranceLayout.setObjectName(u"insuranceLayout")
        self.medicalInsuranceCheck = QCheckBox(MemberDialog)
        self.medicalInsuranceCheck.setObjectName(u"medicalInsuranceCheck")

        self.insuranceLayout.addWidget(self.medicalInsuranceCheck)

        self.seriousIllnessCheck = QCheckBox(MemberDialog)
        self.seriousIllnessCheck.setObjectName(u"seriousIllnessCheck")

        self.insuranceLayout.addWidget(self.seriousIllnessCheck)

        self.pensionCheck = QCheckBox(MemberDialog)
        self.pensionCheck.setObjectName(u"pensionCheck")

        self.insuranceLayout.addWidget(self.pensionCheck)


        self.situationForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.insuranceLayout)

        self.situationFormLabel10 = QLabel(MemberDialog)
        self.situationFormLabel10.setObjectName(u"situationFormLabel10")

        self.situationForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.situationFormLabel10)

        self.supportLayout = QHBoxLayout()
        self.supportLayout.setObjectName(u"supportLayout")
        self.dibaoCheck = QCheckBox(MemberDialog)
        self.dibaoCheck.setObjectName(u"dibaoCheck")

        self.supportLayout.addWidget(self.dibaoCheck)

        self.tekunCheck = QCheckBox(MemberDialog)
        self.tekunCheck.setObjectName(u"tekunCheck")

        self.supportLayout.addWidget(self.tekunCheck)

        self.activeMilitaryCheck = QCheckBox(MemberDialog)
        self.activeMilitaryCheck.setObjectName(u"activeMilitaryCheck")

        self.supportLayout.addWidget(self.activeMilitaryCheck)


        self.situationForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.supportLayout)

        self.situationFormLabel11 = QLabel(MemberDialog)
        self.situationFormLabel11.setObjectName(u"situationFormLabel11")

        self.situationForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.situationFormLabel11)

        self.noteEdit = QLineEdit(MemberDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.situationForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.columnsLayout.addLayout(self.situationForm)


        self.mainLayout.addLayout(self.columnsLayout)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"\u5bb6\u5ead\u6210\u5458", None))
        self.identityFormLabel0.setText(QCoreApplication.translate("MemberDialog", u"\u59d3\u540d", None))
        self.identityFormLabel2.setText(QCoreApplication.translate("MemberDialog", u"\u8bc1\u4ef6\u7c7b\u578b", None))
        self.identityFormLabel3.setText(QCoreApplication.translate("MemberDialog", u"\u8bc1\u4ef6\u53f7\u7801", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"18\u4f4d\u8eab\u4efd\u8bc1\u53f7\uff0c\u621620\u4f4d\u6b8b\u75be\u4eba\u8bc1\u53f7", None))
        self.identityFormLabel6.setText(QCoreApplication.translate("MemberDialog", u"\u6027\u522b", None))
        self.identityFormLabel7.setText(QCoreApplication.translate("MemberDialog", u"\u51fa\u751f\u65e5\u671f", None))
        self.birthDateEdit.setSpecialValueText(QCoreApplication.translate("MemberDialog", u"\u672a\u586b", None))
        self.derivedHint.setText(QCoreApplication.translate("MemberDialog", u"\u6027\u522b\u548c\u51fa\u751f\u65e5\u671f\u7531\u6709\u6548\u7684\u8bc1\u4ef6\u53f7\u7801\u81ea\u52a8\u5f97\u51fa\u3002", None))
        self.identityFormLabel10.setText(QCoreApplication.translate("MemberDialog", u"\u4e0e\u6237\u4e3b\u5173\u7cfb", None))
        self.identityFormLabel12.setText(QCoreApplication.translate("MemberDialog", u"\u6c11\u65cf", None))
        self.identityFormLabel13.setText(QCoreApplication.translate("MemberDialog", u"\u653f\u6cbb\u9762\u8c8c", None))
        self.identityFormLabel14.setText(QCoreApplication.translate("MemberDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.situationFormLabel0.setText(QCoreApplication.translate("MemberDialog", u"\u6587\u5316\u7a0b\u5ea6", None))
        self.situationFormLabel1.setText(QCoreApplication.translate("MemberDialog", u"\u5728\u6821\u751f\u72b6\u51b5", None))
        self.situationFormLabel3.setText(QCoreApplication.translate("MemberDialog", u"\u5065\u5eb7\u72b6\u51b5", None))
        self.situationFormLabel4.setText(QCoreApplication.translate("MemberDialog", u"\u6b8b\u75be\u7b49\u7ea7", None))
        self.situationFormLabel5.setText(QCoreApplication.translate("MemberDialog", u"\u52b3\u52a8\u6280\u80fd", None))
        self.situationFormLabel7.setText(QCoreApplication.translate("MemberDialog", u"\u52a1\u5de5\u72b6\u51b5", None))
        self.situationFormLabel8.setText(QCoreApplication.translate("MemberDialog", u"\u52a1\u5de5\u65f6\u95f4", None))
        self.workMonthsSpin.setSuffix(QCoreApplication.translate("MemberDialog", u" \u4e2a\u6708", None))
        self.situationFormLabel9.setText(QCoreApplication.translate("MemberDialog", u"\u4fdd\u9669", None))
        self.medicalInsuranceCheck.setText(QCoreApplication.translate("MemberDialog", u"\u57ce\u4e61\u5c45\u6c11\u57fa\u672c\u533b\u7597\u4fdd\u9669", None))
        self.seriousIllnessCheck.setText(QCoreApplication.translate("MemberDialog", u"\u5927\u75c5\u4fdd\u9669", None))
        self.pensionCheck.setText(QCoreApplication.translate("MemberDialog", u"\u57ce\u4e61\u5c45\u6c11\u517b\u8001\u4fdd\u9669", None))
        self.situationFormLabel10.setText(QCoreApplication.translate("MemberDialog", u"\u4fdd\u969c", None))
        self.dibaoCheck.setText(QCoreApplication.translate("MemberDialog", u"\u4eab\u53d7\u4f4e\u4fdd", None))
        self.tekunCheck.setText(QCoreApplication.translate("MemberDialog", u"\u7279\u56f0\u4f9b\u517b", None))
        self.activeMilitaryCheck.setText(QCoreApplication.translate("MemberDialog", u"\u73b0\u5f79\u519b\u4eba", None))
        self.situationFormLabel11.setText(QCoreApplication.translate("MemberDialog", u"\u5907\u6ce8", None))
    # retranslateUi

