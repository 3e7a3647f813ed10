# generated from ui/plan_diagnosis_page.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_diagnosis_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_PlanDiagnosisPage(object):
    def setupUi(self, PlanDiagnosisPage):
        if not PlanDiagnosisPage.objectName():
            PlanDiagnosisPage.setObjectName(u"PlanDiagnosisPage")
        PlanDiagnosisPage.resize(860, 560)
        self.pageLayout = QHBoxLayout(PlanDiagnosisPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.causesBox = QGroupBox(PlanDiagnosisPage)
        self.causesBox.setObjectName(u"causesBox")
        self.causesForm = QFormLayout(self.causesBox)
        self.causesForm.setObjectName(u"causesForm")
        self.mainCauseLabel = QLabel(self.causesBox)
        self.mainCauseLabel.setObjectName(u"mainCauseLabel")

        self.causesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mainCauseLabel)

        self.mainCauseCombo = QComboBox(self.causesBox)
        self.mainCauseCombo.setObjectName(u"mainCauseCombo")

        self.causesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mainCauseCombo)

        self.otherCauseLabel = QLabel(self.causesBox)
        self.otherCauseLabel.setObjectName(u"otherCauseLabel")

        self.causesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.otherCauseLabel)

        self.otherCausesRow = QHBoxLayout()
        self.otherCausesRow.setObjectName(u"otherCausesRow")
        self.otherCause1Combo = QComboBox(self.causesBox)
        self.otherCause1Combo.setObjectName(u"otherCause1Combo")

        self.otherCausesRow.addWidget(self.otherCause1Combo)

        self.otherCause2Combo = QComboBox(self.causesBox)
        self.otherCause2Combo.setObjectName(u"otherCause2Combo")

        self.otherCausesRow.addWidget(self.otherCause2Combo)


        self.causesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.otherCausesRow)

        self.causeNoteLabel = QLabel(self.causesBox)
        self.causeNoteLabel.setObjectName(u"causeNoteLabel")

        self.causesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.causeNoteLabel)

        self.causeNoteEdit = QLineEdit(self.causesBox)
        self.causeNoteEdit.setObjectName(u"causeNoteEdit")

        self.causesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.causeNoteEdit)


        self.leftColumn.addWidget(self.causesBox)

        self.guaranteeBox = QGroupBox(PlanDiagnosisPage)
        self.guaranteeBox.setObjectName(u"guaranteeBox")
        self.guaranteeGrid = QGridLayout(self.guaranteeBox)
        self.guaranteeGrid.setObjectName(u"guaranteeGrid")
        self.foodClothingCheck = QCheckBox(self.guaranteeBox)
        self.foodClothingCheck.setObjectName(u"foodClothingCheck")

        self.guaranteeGrid.addWidget(self.foodClothingCheck, 0, 0, 1, 1)

        self.educationCheck = QCheckBox(self.guaranteeBox)
        self.educationCheck.setObjectName(u"educationCheck")

        self.guaranteeGrid.addWidget(self.educationCheck, 0, 1, 1, 1)

        self.medicalCheck = QCheckBox(self.guaranteeBox)
        self.medicalCheck.setObjectName(u"medicalCheck")

        self.guaranteeGrid.addWidget(self.medicalCheck, 1, 0, 1, 1)

        self.housingCheck = QCheckBox(self.guaranteeBox)
        self.housingCheck.setObjectName(u"housingCheck")

        self.guaranteeGrid.addWidget(self.housingCheck, 1, 1, 1, 1)

        self.waterSafeCheck = QCheckBox(self.guaranteeBox)
        self.waterSafeCheck.setObjectName(u"waterSafeCheck")

        self.guaranteeGrid.addWidget(self.waterSafeCheck, 2, 0, 1, 1)

        self.waterDifficultCheck = QCheckBox(self.guaranteeBox)
        self.waterDifficultCheck.setObjectName(u"waterDifficultCheck")

        self.guaranteeGrid.addWidget(self.waterDifficultCheck, 2, 1, 1, 1)

        self.houseGradeLabel = QLabel(self.guaranteeBox)
        self.houseGradeLabel.setObjectName(u"houseGradeLabel")

        self.guaranteeGrid.addWidget(self.houseGradeLabel, 3, 0, 1, 1)

        self.houseGradeCombo = QComboBox(self.guaranteeBox)
        self.houseGradeCombo.setObjectName(u"houseGradeCombo")

        self.guaranteeGrid.addWidget(self.houseGradeCombo, 3, 1, 1, 1)


        self.leftColumn.addWidget(self.guaranteeBox)

        self.diagnosisNoteLabel = QLabel(PlanDiagnosisPage)
        self.diagnosisNoteLabel.setObjectName(u"diagnosisNoteLabel")

        self.leftColumn.addWidget(self.diagnosisNoteLabel)

        self.diagnosisNoteEdit = QPlainTextEdit(PlanDiagnosisPage)
        self.diagnosisNoteEdit.setObjectName(u"diagnosisNoteEdit")
        self.diagnosisNoteEdit.setTabChangesFocus(True)

        self.leftColumn.addWidget(self.diagnosisNoteEdit)


        self.pageLayout.addLayout(self.leftColumn)

        self.incomeBox = QGroupBox(PlanDiagnosisPage)
        self.incomeBox.setObjectName(u"incomeBox")
        self.incomeLayout = QVBoxLayout(self.incomeBox)
        self.incomeLayout.setObjectName(u"incomeLayout")
        self.incomeTable = QTableWidget(self.incomeBox)
        self.incomeTable.setObjectName(u"incomeTable")

        self.incomeLayout.addWidget(self.incomeTable)

        self.incomeSummaryLabel = QLabel(self.incomeBox)
        self.incomeSummaryLabel.setObjectName(u"incomeSummaryLabel")
        self.incomeSummaryLabel.setText(u"-")
        self.incomeSummaryLabel.setWordWrap(True)

        self.incomeLayout.addWidget(self.incomeSummaryLabel)


        self.pageLayout.addWidget(self.incomeBox)


        self.retranslateUi(PlanDiagnosisPage)

        QMetaObject.connectSlotsByName(PlanDiagnosisPage)
    # setupUi

    def retranslateUi(self, PlanDiagnosisPage):
        PlanDiagnosisPage.setTitle(QCoreApplication.translate("PlanDiagnosisPage", u"\u8bca\u65ad\uff1a\u81f4\u8d2b\u539f\u56e0\u3001\u4e24\u4e0d\u6101\u4e09\u4fdd\u969c\u4e0e\u6536\u5165", None))
        PlanDiagnosisPage.setSubTitle(QCoreApplication.translate("PlanDiagnosisPage", u"\u4e3b\u8981\u81f4\u8d2b\u539f\u56e0\u53ea\u9009\u4e00\u9879\uff0c\u5176\u4ed6\u81f4\u8d2b\u539f\u56e0\u6700\u591a\u4e24\u9879\uff1b\u63aa\u65bd\u5efa\u8bae\u5c06\u636e\u6b64\u7ed9\u51fa\u3002", None))
        self.causesBox.setTitle(QCoreApplication.translate("PlanDiagnosisPage", u"\u81f4\u8d2b\u539f\u56e0", None))
        self.mainCauseLabel.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u4e3b\u8981\u81f4\u8d2b\u539f\u56e0\uff1a", None))
        self.otherCauseLabel.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u5176\u4ed6\u81f4\u8d2b\u539f\u56e0\uff1a", None))
        self.causeNoteLabel.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u539f\u56e0\u8bf4\u660e\uff1a", None))
        self.guaranteeBox.setTitle(QCoreApplication.translate("PlanDiagnosisPage", u"\u4e24\u4e0d\u6101\u4e09\u4fdd\u969c\u4e0e\u996e\u6c34\u5b89\u5168", None))
        self.foodClothingCheck.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u4e0d\u6101\u5403\u3001\u4e0d\u6101\u7a7f", None))
        self.educationCheck.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u4e49\u52a1\u6559\u80b2\u6709\u4fdd\u969c", None))
        self.medicalCheck.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u57fa\u672c\u533b\u7597\u6709\u4fdd\u969c", None))
        self.housingCheck.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u4f4f\u623f\u5b89\u5168\u6709\u4fdd\u969c", None))
        self.waterSafeCheck.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u996e\u6c34\u5b89\u5168", None))
        self.waterDifficultCheck.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u996e\u6c34\u56f0\u96be", None))
        self.houseGradeLabel.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u5371\u623f\u7b49\u7ea7\uff1a", None))
        self.diagnosisNoteLabel.setText(QCoreApplication.translate("PlanDiagnosisPage", u"\u8bca\u65ad\u8bf4\u660e\uff1a", None))
        self.incomeBox.setTitle(QCoreApplication.translate("PlanDiagnosisPage", u"\u6536\u5165\u4e0e\u652f\u51fa\uff08\u5143/\u5e74\uff09", None))
    # retranslateUi

