#!/usr/bin/env bash
# Writes N generated articles (default 10,000) into <folder>/articles, for the benchmark only.
#
#   bench/generate-articles.sh <folder> [count]
#
# Words are drawn from the bundled articles' own text, one token at a time, so the generated set has
# the same mix of common and rare words as real content: "the", "sex" and "work" appear in almost
# every file, which is what makes search over it a fair test. The generator is seeded, so every run
# writes the same files. Each file has valid front matter (title, summary, published, tags from the
# tags.yaml written beside them, one source) and a body of about 600 words in paragraphs under two headings. The vocabulary, one token per
# line, is left in <folder>/.words.
set -euo pipefail

folder=${1:?usage: generate-articles.sh <folder> [count]}
count=${2:-10000}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$folder/articles"

# The vocabulary: every body word of the bundled articles, lowercased, front matter left out.
for file in "$root"/content/articles/*.md; do
  awk 'NR == 1 && /^---$/ { fm = 1; next } fm && /^---$/ { fm = 0; next } !fm' "$file"
done | tr 'A-Z' 'a-z' | tr -c 'a-z\n' ' ' | tr -s ' ' '\n' | awk 'length($0) > 1' >"$folder/.words"

awk -v count="$count" -v out="$folder/articles" '
  function word() { return words[int(rand() * n) + 1] }
  function phrase(k,    s, i) { s = word(); for (i = 2; i <= k; i++) s = s " " word(); return s }
  function sentence(    s) { s = phrase(8 + int(rand() * 14)); return toupper(substr(s, 1, 1)) substr(s, 2) "." }
  function paragraph(    s, i, k) { k = 4 + int(rand() * 4); s = sentence(); for (i = 2; i <= k; i++) s = s " " sentence(); return s }
  { words[++n] = $0 }
  END {
    srand(20261122)
    split("basics law research support debate technology fosta-sesta health safety history", tags, " ")
    for (a = 1; a <= count; a++) {
      file = sprintf("%s/generated-%05d.md", out, a)
      title = phrase(4 + int(rand() * 5)); title = toupper(substr(title, 1, 1)) substr(title, 2)
      summary = substr(sentence() " " sentence(), 1, 280)
      year = 2019 + int(rand() * 7); month = 1 + int(rand() * 12); day = 1 + int(rand() * 28)
      print "---" > file
      printf "title: \"%s %05d\"\n", title, a > file
      printf "summary: \"%s\"\n", summary > file
      printf "published: %04d-%02d-%02d\n", year, month, day > file
      printf "tags: [%s, %s]\n", tags[int(rand() * 10) + 1], tags[int(rand() * 10) + 1] > file
      print "sources:" > file
      print "  - title: \"Generated source for the benchmark\"" > file
      print "    publisher: \"SexWorkResourceHub benchmark\"" > file
      printf "    date: \"%04d\"\n", year > file
      printf "    url: \"https://example.org/source/%05d\"\n", a > file
      print "---" > file
      print "" > file
      print paragraph() "\n" > file
      print "## " phrase(3) "\n" > file
      print paragraph() "\n" > file
      print paragraph() "\n" > file
      print "## " phrase(3) "\n" > file
      print paragraph() "\n" > file
      print paragraph() > file
      close(file)
    }
  }' "$folder/.words"
# The vocabulary stays beside the articles (the site reads only articles/ and pages/): bench/run.sh
# picks rare words from it.

# The tag list the generated articles draw from, so that they load without a problem each.
{
  echo "tags:"
  for tag in basics law research support debate technology fosta-sesta health safety history; do
    printf '  - slug: %s\n    label: %s\n' "$tag" "$tag"
  done
} >"$folder/tags.yaml"
