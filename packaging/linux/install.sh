#!/bin/sh
# Install @NAME@ @VERSION@ for you alone (no administrator password needed):
#   the program         ~/.local/opt/@FOLDER@/
#   the menu entry      ~/.local/share/applications/@APP_ID@.desktop
#   the icon            ~/.local/share/icons/hicolor/*/apps/@APP_ID@.*
# Run it again to update; your notes are kept. To remove the program later, run
# ~/.local/opt/@FOLDER@/uninstall.sh (it never deletes your notes).
set -eu

APP_ID="@APP_ID@"
NAME="@NAME@"
FOLDER="@FOLDER@"

here=$(cd "$(dirname "$0")" && pwd)
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/$FOLDER"
applications="$data_home/applications"
icons="$data_home/icons/hicolor"

# @SAY@ (packaging/build-linux puts packaging/linux/say.sh here)

fail() {
    say "$NAME was not installed: $1"
    exit 1
}

[ "$(uname -s)" = "Linux" ] || fail "this download is for Linux."
[ -x "$here/program/journal-app" ] || fail "the folder 'program' is missing next to install.sh. Unpack the whole download and run install.sh from inside it."
[ -n "${HOME:-}" ] || fail "HOME is not set."

# The menu entry names the program by its full path; the desktop-entry format
# quotes a path with spaces, but not a few rarer characters.
case "$opt" in
    *'"'* | *'`'* | *'$'* | *'\'* | *'
'*)
        fail "your home folder's path ($HOME) holds a character a menu entry cannot name (\" \` \$ or \\)." ;;
esac

# 1. The program: copied beside the old one, then swapped in, so an update never
#    leaves a half-copied program (a running copy keeps working until it is closed).
mkdir -p "$HOME/.local/opt"
new="$opt.new.$$"
old="$opt.old.$$"
rm -rf "$new"
cp -R "$here/program" "$new"
cp "$here/uninstall.sh" "$new/uninstall.sh"
cp -R "$here/share" "$new/share"
printf '%s %s\n' "$APP_ID" "@VERSION@" > "$new/.installed-by-quiet-notes"
chmod 755 "$new/journal-app" "$new/uninstall.sh"
if [ -e "$opt" ]; then
    mv "$opt" "$old"
fi
mv "$new" "$opt"
rm -rf "$old"

# 2. The icon, in every size, and the scalable one.
for file in "$here"/share/icons/hicolor/*/apps/"$APP_ID".*; do
    size=$(basename "$(dirname "$(dirname "$file")")")
    mkdir -p "$icons/$size/apps"
    cp "$file" "$icons/$size/apps/"
done

# 3. The menu entry, pointing at the installed program.
exec_path="$opt/journal-app"
mkdir -p "$applications"
desktop="$applications/$APP_ID.desktop"
tmp="$desktop.tmp.$$"
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        Exec=*) printf 'Exec="%s"\n' "$(printf '%s' "$exec_path" | sed 's/%/%%/g')" ;;
        TryExec=*) printf 'TryExec=%s\n' "$exec_path" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/share/applications/$APP_ID.desktop" > "$tmp"
chmod 644 "$tmp"
mv "$tmp" "$desktop"

# 4. Tell the desktop (where these tools exist; the menu finds the entry without them too).
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
fi

say "$NAME @VERSION@ is installed. Find \"$NAME\" in your applications menu.

To remove it later, run: $opt/uninstall.sh
Installing and removing the program never touches your notes."
