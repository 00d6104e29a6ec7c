"""The built place index (`places.tsv.gz`); a package so that installs ship the file."""
