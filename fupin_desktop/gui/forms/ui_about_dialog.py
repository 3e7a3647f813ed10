# generated from ui/about_dialog.ui by pyside6-uic — do not edit.
# Change the .ui file in Qt Designer, then run `make forms` (python -m fupin_desktop.gui.build_forms).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 320)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: bold;")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.titleLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"0.0.0")
        self.versionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.versionLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.infoLayout = QFormLayout()
        self.infoLayout.setObjectName(u"infoLayout")
        self.databaseCaption = QLabel(AboutDialog)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseValue = QLabel(AboutDialog)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setText(u"-")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.logCaption = QLabel(AboutDialog)
        self.logCaption.setObjectName(u"logCaption")

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.logCaption)

        self.logValue = QLabel(AboutDialog)
        self.logValue.setObjectName(u"logValue")
        self.logValue.setText(u"-")
        self.logValue.setWordWrap(True)
        self.logValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.logValue)

        self.fontCaption = QLabel(AboutDialog)
        self.fontCaption.setObjectName(u"fontCaption")

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fontCaption)

        self.fontValue = QLabel(AboutDialog)
        self.fontValue.setObjectName(u"fontValue")
        self.fontValue.setWordWrap(True)

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fontValue)

        self.qtCaption = QLabel(AboutDialog)
        self.qtCaption.setObjectName(u"qtCaption")

        self.infoLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qtCaption)

        self.qtValue = QLabel(AboutDialog)
        self.qtValue.setObjectName(u"qtValue")
        self.qtValue.setText(u"-")

        self.infoLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qtValue)


        self.mainLayout.addLayout(self.infoLayout)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"\u5173\u4e8e \u6276\u8d2b\u5e2e\u6276", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"\u6276\u8d2b\u5e2e\u6276", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"\u9762\u5411\u9a7b\u6751\u5e2e\u6276\u5e72\u90e8\u7684\u79bb\u7ebf\u5de5\u5177\uff1a\u519c\u6237\u5efa\u6863\u7acb\u5361\u767b\u8bb0\u3001N+2 \u5e2e\u6276\u8ba1\u5212\u3001\u4e94\u5bf9\u53f0\u8d26\u3001\u6253\u5370\u4ee5\u53ca U \u76d8\u540c\u6b65\u3002", None))
        self.databaseCaption.setText(QCoreApplication.translate("AboutDialog", u"\u6570\u636e\u5e93\uff1a", None))
        self.logCaption.setText(QCoreApplication.translate("AboutDialog", u"\u65e5\u5fd7\uff1a", None))
        self.fontCaption.setText(QCoreApplication.translate("AboutDialog", u"\u5b57\u4f53\uff1a", None))
        self.fontValue.setText(QCoreApplication.translate("AboutDialog", u"\u6587\u6cc9\u9a7f\u5fae\u7c73\u9ed1\uff08Apache-2.0 \u8bb8\u53ef\uff09", None))
        self.qtCaption.setText(QCoreApplication.translate("AboutDialog", u"\u754c\u9762\u5e93\uff1a", None))
    # retranslateUi

