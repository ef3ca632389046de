"""The trainer's area: question sets (load, browse, edit, exams, retire, export), generating
a set from a document, and the trainees. Opened by the shell only with the trainer's
passphrase (unlock_dialog.py); every page calls the services with the key the unlock handed
out, so the services, not the window, keep trainees out."""
