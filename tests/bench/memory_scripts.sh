#!/usr/bin/env bash
# Memory with names in many scripts (tests/bench/README.md: RSS within 10 MB of the
# Latin-only figure). The same 10k-person database twice: as the demo made
# it (Latin names), and with every tenth person renamed in one of eight
# scripts (Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari, Thai,
# Greek/Cyrillic). Each run opens People, then searches for a Chinese, an
# Arabic and a Hangul name, so the glyphs of those scripts are drawn; peak
# RSS (VmHWM) is read after each step.
#   RAPPORT=build/bench/app/rapport tests/bench/memory_scripts.sh [DB]
source "$(dirname "$0")/lib.sh" "$@"

peak_mb() { awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }

cp "$WORK/bench.db" "$WORK/mixed.db"
/usr/bin/python3 - "$WORK/mixed.db" <<'PY'
import sqlite3, sys
given = {
    "zh": ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "洋"],
    "ja": ["さくら", "陽菜", "結衣", "翔太", "大翔", "美咲", "健太", "愛", "蓮", "葵"],
    "ko": ["민준", "서연", "지후", "서윤", "도윤", "하은", "예준", "지우", "시우", "수아"],
    "ar": ["محمد", "فاطمة", "أحمد", "مريم", "علي", "ليلى", "يوسف", "نور", "عمر", "سارة"],
    "he": ["נועה", "יעל", "אורי", "תמר", "דניאל", "מיכל", "איתי", "שירה", "עומר", "רותם"],
    "hi": ["प्रिया", "अर्जुन", "आरव", "अनन्या", "विहान", "दिया", "कबीर", "इशा", "रोहन", "मीरा"],
    "th": ["สมชาย", "นภา", "กมล", "สุดา", "ธนา", "มาลี", "วิชัย", "อรุณ", "ปรีชา", "จันทร์"],
    "el": ["Ελένη", "Γιώργος", "Μαρία", "Νίκος", "Άννα", "Дмитрий", "Анна", "Иван", "Ольга", "Сергей"],
}
family = {
    "zh": ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"],
    "ja": ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"],
    "ko": ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"],
    "ar": ["العلي", "حداد", "الخطيب", "منصور", "سعيد", "حسن", "خليل", "نصر", "يوسف", "عباس"],
    "he": ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "דהן", "אברהם", "פרידמן", "שפירא", "גבאי"],
    "hi": ["शर्मा", "पटेल", "सिंह", "कुमार", "गुप्ता", "वर्मा", "जोशी", "मेहता", "राव", "नायर"],
    "th": ["ใจดี", "ศรีสุข", "สุขใจ", "วงศ์ไทย", "แสงทอง", "บุญมา", "ทองดี", "มีสุข", "รักไทย", "ดีมาก"],
    "el": ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Иванов", "Петрова", "Смирнов", "Κωνσταντίνου", "Попова", "Νικολάου", "Соколов"],
}
east = {"zh", "ja", "ko"}
scripts = list(given)
db = sqlite3.connect(sys.argv[1])
ids = [r[0] for r in db.execute("SELECT id FROM person ORDER BY rowid")]
for n, pid in enumerate(ids[::10]):
    s = scripts[n % len(scripts)]
    g, f = given[s][(n // 8) % 10], family[s][(n // 80) % 10]
    db.execute("UPDATE person SET name = ? WHERE id = ?", (f + g if s in east else g + " " + f, pid))
db.commit()
PY

measure() { # DB -> "people searched" peaks
  start_app "$WORK/err" -- --db "$1"
  sleep 3
  local launched people searched
  launched=$(peak_mb "$pid")
  xdotool mousemove --window "$wid" 125 830 click 1 # People
  sleep 1.5
  people=$(peak_mb "$pid")
  for query in 王 محمد 김; do
    xdotool mousemove --window "$wid" 200 97 click 1
    xdotool key --window "$wid" ctrl+a BackSpace
    xdotool type --delay 60 "$query"
    sleep 1.5
  done
  searched=$(peak_mb "$pid")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$launched $people $searched"
}

read -r latin_launch latin_people latin_search <<<"$(measure "$WORK/bench.db")"
read -r mixed_launch mixed_people mixed_search <<<"$(measure "$WORK/mixed.db")"
glyphs=$(sqlite3 "$WORK/mixed.db" "SELECT count(*) FROM person WHERE name GLOB '*[^ -~]*'")

echo
echo "| peak RSS (VmHWM), 10k people / 100k notes | Latin-only names | 1,000 names in 8 more scripts | difference | bar |"
echo "|---|---|---|---|---|"
diff() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f", b - a }'; }
echo "| launched, Today shown | $latin_launch MB | $mixed_launch MB | $(diff "$latin_launch" "$mixed_launch") MB | |"
echo "| People open | $latin_people MB | $mixed_people MB | $(diff "$latin_people" "$mixed_people") MB | |"
echo "| then searched 王, محمد, 김 | $latin_search MB | $mixed_search MB | $(diff "$latin_search" "$mixed_search") MB | ≤ +10 MB |"
echo
echo "($glyphs people with names outside Latin in the mixed database.)"
