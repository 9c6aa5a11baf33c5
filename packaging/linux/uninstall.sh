#!/bin/sh
# Remove @NAME@: the program, its menu entry and its icon; and the entry that starts
# it at login, if the check-in reminder made one. Your notes are NOT deleted: they stay in
# ${XDG_DATA_HOME:-~/.local/share}/journal-app (or the folder you chose), encrypted, and
# open again if you install the program later.
set -eu

APP_ID="@APP_ID@"
NAME="@NAME@"
FOLDER="@FOLDER@"

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
config_home="${XDG_CONFIG_HOME:-$HOME/.config}"
opt="$HOME/.local/opt/$FOLDER"
applications="$data_home/applications"
icons="$data_home/icons/hicolor"

# @SAY@ (packaging/build-linux puts packaging/linux/say.sh here)

[ -n "${HOME:-}" ] || { say "$NAME was not removed: HOME is not set."; exit 1; }

# Only the files install.sh made, by their exact names: nothing else is touched.
rm -f "$applications/$APP_ID.desktop"
rm -f "$config_home/autostart/@AUTOSTART@"
for file in "$icons"/*/apps/"$APP_ID".png "$icons"/*/apps/"$APP_ID".svg; do
    [ -e "$file" ] && rm -f "$file"
done
if [ -f "$opt/.installed-by-quiet-notes" ]; then
    rm -rf "$opt"
fi
rmdir "$HOME/.local/opt" 2>/dev/null || true

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$icons" ]; then
    gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
fi

say "$NAME is removed.

Your notes were not deleted. They stay, encrypted, in $data_home/journal-app
(unless you chose another folder), and open again if you install $NAME later.
To delete them too, delete that folder yourself: that cannot be undone."
