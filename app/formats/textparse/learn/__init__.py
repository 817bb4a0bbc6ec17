"""Teaching the line labeller: labels derived from editors' truth files, training, cross-validation.

``python -m app.formats.textparse.learn model`` (``make model``) trains the shipped model;
``python -m app.formats.textparse.learn score`` (``make score``) prints the resubstitution
and the cross-validated scores. Nothing here runs when a release is imported.
"""
