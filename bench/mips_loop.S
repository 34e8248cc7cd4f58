/* Interpreter speed on a simple loop (3 instructions x 50M iterations). Build and run:
 *   riscv64-linux-gnu-gcc -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles -static -no-pie \
 *     -fno-pic -Wl,--build-id=none -Itests/isa -T tests/isa/link.ld -o /tmp/loop.elf \
 *     bench/mips_loop.S
 *   build/capa run --bare /tmp/loop.elf --stats */
#include "env.h"
RVTEST_BEGIN
  li t0, 0
  li t1, 50000000
1: add t0, t0, t1
  addi t1, t1, -1
  bnez t1, 1b
RVTEST_PASS
RVTEST_END
