"""Folder validation: the archivists' Validate Folder window, its source view, and opening a failing file."""

from app.gui.folder_validation.desk import FolderValidation, install_folder_validation

__all__ = ["FolderValidation", "install_folder_validation"]
