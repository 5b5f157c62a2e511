# Script mode: write INPUT's bytes as a C++ array named SYMBOL in NAMESPACE.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
# Break the single huge line so compilers and editors stay comfortable.
string(REGEX REPLACE "((0x..,){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}\nnamespace ${NAMESPACE} {\nextern const unsigned char ${SYMBOL}[];\nextern const unsigned long ${SYMBOL}_size;\nalignas(4) const unsigned char ${SYMBOL}[] = {\n${bytes}\n};\nconst unsigned long ${SYMBOL}_size = ${size};\n}\n")
