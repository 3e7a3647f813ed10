# generated from ui/village_form.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'village_form.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_VillageForm(object):
    def setupUi(self, VillageForm):
        if not VillageForm.objectName():
            VillageForm.setObjectName(u"VillageForm")
        VillageForm.resize(860, 560)
        self.mainLayout = QVBoxLayout(VillageForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.basicBox = QGroupBox(VillageForm)
        self.basicBox.setObjectName(u"basicBox")
        self.villageForm = QFormLayout(self.basicBox)
        self.villageForm.setObjectName(u"villageForm")
        self.villageFormLabel0 = QLabel(self.basicBox)
        self.villageFormLabel0.setObjectName(u"villageFormLabel0")

        self.villageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.villageFormLabel0)

        self.nameEdit = QLineEdit(self.basicBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.villageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameMessage = QLabel(self.basicBox)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setText(u"")
        self.nameMessage.setWordWrap(True)
        self.nameMessage.setStyleSheet(u"color: #b00020;")

        self.villageForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.nameMessage)

        self.villageFormLabel2 = QLabel(self.basicBox)
        self.villageFormLabel2.setObjectName(u"villageFormLabel2")

        self.villageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.villageFormLabel2)

        self.codeEdit = QLineEdit(self.basicBox)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(12)

        self.villageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeMessage = QLabel(self.basicBox)
        self.codeMessage.setObjectName(u"codeMessage")
        self.codeMessage.setText(u"")
        self.codeMessage.setWordWrap(True)
        self.codeMessage.setStyleSheet(u"color: #b00020;")

        self.villageForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.codeMessage)

        self.villageFormLabel4 = QLabel(self.basicBox)
        self.villageFormLabel4.setObjectName(u"villageFormLabel4")

        self.villageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.villageFormLabel4)

        self.townshipCombo = QComboBox(self.basicBox)
        self.townshipCombo.setObjectName(u"townshipCombo")
        self.townshipCombo.setEditable(True)
        self.townshipCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.villageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.townshipCombo)

        self.townshipMessage = QLabel(self.basicBox)
        self.townshipMessage.setObjectName(u"townshipMessage")
        self.townshipMessage.setText(u"")
        self.townshipMessage.setWordWrap(True)
        self.townshipMessage.setStyleSheet(u"color: #b00020;")

        self.villageForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.townshipMessage)

        self.villageFormLabel5 = QLabel(self.basicBox)
        self.villageFormLabel5.setObjectName(u"villageFormLabel5")

        self.villageForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.villageFormLabel5)

        self.povertyVillageCheck = QCheckBox(self.basicBox)
        self.povertyVillageCheck.setObjectName(u"povertyVillageCheck")

        self.villageForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.povertyVillageCheck)

        self.villageFormLabel6 = QLabel(self.basicBox)
        self.villageFormLabel6.setObjectName(u"villageFormLabel6")

        self.villageForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.villageFormLabel6)

        self.exitYearSpin = QSpinBox(self.basicBox)
        self.exitYearSpin.setObjectName(u"exitYearSpin")
        self.exitYearSpin.setMinimum(0)
        self.exitYearSpin.setMaximum(2100)
        self.exitYearSpin.setValue(0)

        self.villageForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.exitYearSpin)

        self.villageFormLabel7 = QLabel(self.basicBox)
        self.villageFormLabel7.setObjectName(u"villageFormLabel7")

        self.villageForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.villageFormLabel7)

        self.populationSpin = QSpinBox(self.basicBox)
        self.populationSpin.setObjectName(u"populationSpin")
        self.populationSpin.setMaximum(1000000)

        self.villageForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.populationSpin)

        self.populationMessage = QLabel(self.basicBox)
        self.populationMessage.setObjectName(u"populationMessage")
        self.populationMessage.setText(u"")
        self.populationMessage.setWordWrap(True)
        self.populationMessage.setStyleSheet(u"color: #b00020;")

        self.villageForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.populationMessage)


        self.columns.addWidget(self.basicBox)

        self.indicatorsBox = QGroupBox(VillageForm)
        self.indicatorsBox.setObjectName(u"indicatorsBox")
        self.indicatorsGrid = QGridLayout(self.indicatorsBox)
        self.indicatorsGrid.setObjectName(u"indicatorsGrid")

        self.columns.addWidget(self.indicatorsBox)


        self.mainLayout.addLayout(self.columns)

        self.incidenceBox = QGroupBox(VillageForm)
        self.incidenceBox.setObjectName(u"incidenceBox")
        self.incidenceLayout = QVBoxLayout(self.incidenceBox)
        self.incidenceLayout.setObjectName(u"incidenceLayout")
        self.incidenceValue = QLabel(self.incidenceBox)
        self.incidenceValue.setObjectName(u"incidenceValue")
        self.incidenceValue.setText(u"")
        self.incidenceValue.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.incidenceLayout.addWidget(self.incidenceValue)

        self.incidenceDetail = QLabel(self.incidenceBox)
        self.incidenceDetail.setObjectName(u"incidenceDetail")
        self.incidenceDetail.setText(u"")
        self.incidenceDetail.setWordWrap(True)

        self.incidenceLayout.addWidget(self.incidenceDetail)

        self.assessmentValue = QLabel(self.incidenceBox)
        self.assessmentValue.setObjectName(u"assessmentValue")
        self.assessmentValue.setText(u"")
        self.assessmentValue.setWordWrap(True)

        self.incidenceLayout.addWidget(self.assessmentValue)


        self.mainLayout.addWidget(self.incidenceBox)

        self.noteBox = QGroupBox(VillageForm)
        self.noteBox.setObjectName(u"noteBox")
        self.noteLayout = QVBoxLayout(self.noteBox)
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteEdit = QPlainTextEdit(self.noteBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 80))

        self.noteLayout.addWidget(self.noteEdit)


        self.mainLayout.addWidget(self.noteBox)

        self.buttonBox = QDialogButtonBox(VillageForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(VillageForm)

        QMetaObject.connectSlotsByName(VillageForm)
    # setupUi

    def retranslateUi(self, VillageForm):
        VillageForm.setWindowTitle(QCoreApplication.translate("VillageForm", u"\u6751\u4fe1\u606f", None))
        self.basicBox.setTitle(QCoreApplication.translate("VillageForm", u"\u6751\u57fa\u672c\u60c5\u51b5", None))
        self.villageFormLabel0.setText(QCoreApplication.translate("VillageForm", u"\u6751\u540d", None))
        self.villageFormLabel2.setText(QCoreApplication.translate("VillageForm", u"\u6751\u4ee3\u7801", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("VillageForm", u"12\u4f4d\u7edf\u8ba1\u7528\u533a\u5212\u4ee3\u7801", None))
        self.villageFormLabel4.setText(QCoreApplication.translate("VillageForm", u"\u6240\u5c5e\u4e61\u9547", None))
#if QT_CONFIG(tooltip)
        self.townshipCombo.setToolTip(QCoreApplication.translate("VillageForm", u"\u9009\u62e9\u5df2\u6709\u7684\u4e61\u9547\uff0c\u6216\u76f4\u63a5\u8f93\u5165\u65b0\u7684\u4e61\u9547\u540d", None))
#endif // QT_CONFIG(tooltip)
        self.villageFormLabel5.setText(QCoreApplication.translate("VillageForm", u"\u8d2b\u56f0\u6751", None))
        self.povertyVillageCheck.setText(QCoreApplication.translate("VillageForm", u"\u662f\u5efa\u6863\u7acb\u5361\u8d2b\u56f0\u6751", None))
        self.villageFormLabel6.setText(QCoreApplication.translate("VillageForm", u"\u9000\u51fa\u5e74\u5ea6", None))
        self.exitYearSpin.setSpecialValueText(QCoreApplication.translate("VillageForm", u"\u672a\u586b", None))
        self.villageFormLabel7.setText(QCoreApplication.translate("VillageForm", u"\u519c\u6751\u6237\u7c4d\u4eba\u53e3", None))
        self.populationSpin.setSpecialValueText(QCoreApplication.translate("VillageForm", u"\u672a\u586b", None))
        self.populationSpin.setSuffix(QCoreApplication.translate("VillageForm", u" \u4eba", None))
        self.indicatorsBox.setTitle(QCoreApplication.translate("VillageForm", u"\u9000\u51fa\u6307\u6807\uff08\u57fa\u7840\u8bbe\u65bd\u4e0e\u516c\u5171\u670d\u52a1\uff09", None))
        self.incidenceBox.setTitle(QCoreApplication.translate("VillageForm", u"\u8d2b\u56f0\u53d1\u751f\u7387\u4e0e\u9000\u51fa\u8bc4\u4f30\uff08\u6309\u767b\u8bb0\u6570\u636e\u5b9e\u65f6\u8ba1\u7b97\uff09", None))
        self.noteBox.setTitle(QCoreApplication.translate("VillageForm", u"\u5907\u6ce8", None))
    # retranslateUi

