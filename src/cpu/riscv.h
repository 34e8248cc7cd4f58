/* Architectural constants, named as in the RISC-V privileged spec 1.12 and the unprivileged ISA. */
#ifndef CAPA_CPU_RISCV_H
#define CAPA_CPU_RISCV_H

/* CSR numbers (privileged spec, ch. 2, tables 2.2-2.6). */
#define CSR_FFLAGS        0x001
#define CSR_FRM           0x002
#define CSR_FCSR          0x003
#define CSR_CYCLE         0xc00
#define CSR_TIME          0xc01
#define CSR_INSTRET       0xc02
#define CSR_HPMCOUNTER3   0xc03
#define CSR_HPMCOUNTER31  0xc1f
#define CSR_SSTATUS       0x100
#define CSR_SIE           0x104
#define CSR_STVEC         0x105
#define CSR_SCOUNTEREN    0x106
#define CSR_SENVCFG       0x10a
#define CSR_SSCRATCH      0x140
#define CSR_SEPC          0x141
#define CSR_SCAUSE        0x142
#define CSR_STVAL         0x143
#define CSR_SIP           0x144
#define CSR_STIMECMP      0x14d
#define CSR_SATP          0x180
#define CSR_MVENDORID     0xf11
#define CSR_MARCHID       0xf12
#define CSR_MIMPID        0xf13
#define CSR_MHARTID       0xf14
#define CSR_MCONFIGPTR    0xf15
#define CSR_MSTATUS       0x300
#define CSR_MISA          0x301
#define CSR_MEDELEG       0x302
#define CSR_MIDELEG       0x303
#define CSR_MIE           0x304
#define CSR_MTVEC         0x305
#define CSR_MCOUNTEREN    0x306
#define CSR_MENVCFG       0x30a
#define CSR_MCOUNTINHIBIT 0x320
#define CSR_MHPMEVENT3    0x323
#define CSR_MHPMEVENT31   0x33f
#define CSR_MSCRATCH      0x340
#define CSR_MEPC          0x341
#define CSR_MCAUSE        0x342
#define CSR_MTVAL         0x343
#define CSR_MIP           0x344
#define CSR_PMPCFG0       0x3a0
#define CSR_PMPCFG15      0x3af
#define CSR_PMPADDR0      0x3b0
#define CSR_PMPADDR63     0x3ef
#define CSR_TSELECT       0x7a0
#define CSR_TDATA1        0x7a1
#define CSR_TDATA2        0x7a2
#define CSR_TDATA3        0x7a3
#define CSR_MCYCLE        0xb00
#define CSR_MINSTRET      0xb02
#define CSR_MHPMCOUNTER3  0xb03
#define CSR_MHPMCOUNTER31 0xb1f

/* mstatus / sstatus fields (3.1.6). */
#define MSTATUS_SIE       (1ull << 1)
#define MSTATUS_MIE       (1ull << 3)
#define MSTATUS_SPIE      (1ull << 5)
#define MSTATUS_UBE       (1ull << 6)
#define MSTATUS_MPIE      (1ull << 7)
#define MSTATUS_SPP       (1ull << 8)
#define MSTATUS_VS        (3ull << 9)
#define MSTATUS_MPP       (3ull << 11)
#define MSTATUS_FS        (3ull << 13)
#define MSTATUS_XS        (3ull << 15)
#define MSTATUS_MPRV      (1ull << 17)
#define MSTATUS_SUM       (1ull << 18)
#define MSTATUS_MXR       (1ull << 19)
#define MSTATUS_TVM       (1ull << 20)
#define MSTATUS_TW        (1ull << 21)
#define MSTATUS_TSR       (1ull << 22)
#define MSTATUS_UXL       (3ull << 32)
#define MSTATUS_SXL       (3ull << 34)
#define MSTATUS_SBE       (1ull << 36)
#define MSTATUS_MBE       (1ull << 37)
#define MSTATUS_SD        (1ull << 63)
#define MSTATUS_MPP_SHIFT 11
#define MSTATUS_FS_SHIFT  13
#define FS_OFF            0
#define FS_INITIAL        1
#define FS_CLEAN          2
#define FS_DIRTY          3

/* Interrupt bits of mip/mie and interrupt cause numbers (3.1.9). */
#define IRQ_S_SOFT  1
#define IRQ_M_SOFT  3
#define IRQ_S_TIMER 5
#define IRQ_M_TIMER 7
#define IRQ_S_EXT   9
#define IRQ_M_EXT   11
#define MIP_SSIP    (1ull << IRQ_S_SOFT)
#define MIP_MSIP    (1ull << IRQ_M_SOFT)
#define MIP_STIP    (1ull << IRQ_S_TIMER)
#define MIP_MTIP    (1ull << IRQ_M_TIMER)
#define MIP_SEIP    (1ull << IRQ_S_EXT)
#define MIP_MEIP    (1ull << IRQ_M_EXT)

/* Exception cause numbers (3.1.15, table 3.6). */
#define EXC_NONE             (-1)
#define EXC_INSN_MISALIGNED  0
#define EXC_INSN_ACCESS      1
#define EXC_ILLEGAL_INSN     2
#define EXC_BREAKPOINT       3
#define EXC_LOAD_MISALIGNED  4
#define EXC_LOAD_ACCESS      5
#define EXC_STORE_MISALIGNED 6
#define EXC_STORE_ACCESS     7
#define EXC_ECALL_U          8
#define EXC_ECALL_S          9
#define EXC_ECALL_M          11
#define EXC_INSN_PAGE_FAULT  12
#define EXC_LOAD_PAGE_FAULT  13
#define EXC_STORE_PAGE_FAULT 15
#define CAUSE_INTERRUPT      (1ull << 63)

/* satp (4.1.11). */
#define SATP_MODE_SHIFT 60
#define SATP_MODE_BARE  0
#define SATP_MODE_SV39  8
#define SATP_MODE_SV48  9
#define SATP_MODE_SV57  10
#define SATP_ASID_SHIFT 44
#define SATP_ASID_MASK  0xffffull
#define SATP_PPN_MASK   ((1ull << 44) - 1)

/* Page-table entry bits (4.3.1). */
#define PTE_V (1ull << 0)
#define PTE_R (1ull << 1)
#define PTE_W (1ull << 2)
#define PTE_X (1ull << 3)
#define PTE_U (1ull << 4)
#define PTE_G (1ull << 5)
#define PTE_A (1ull << 6)
#define PTE_D (1ull << 7)

/* menvcfg / senvcfg (3.1.18, 4.1.10). */
#define ENVCFG_FIOM   (1ull << 0)
#define ENVCFG_CBIE   (3ull << 4)
#define ENVCFG_CBCFE  (1ull << 6)
#define ENVCFG_CBZE   (1ull << 7)
#define MENVCFG_PBMTE (1ull << 62)
#define MENVCFG_STCE  (1ull << 63)

/* PMP configuration byte (3.7.1). */
#define PMP_R       0x01
#define PMP_W       0x02
#define PMP_X       0x04
#define PMP_A       0x18
#define PMP_A_OFF   0x00
#define PMP_A_TOR   0x08
#define PMP_A_NA4   0x10
#define PMP_A_NAPOT 0x18
#define PMP_L       0x80

/* fflags (unprivileged 11.2). */
#define FFLAG_NX 0x01
#define FFLAG_UF 0x02
#define FFLAG_OF 0x04
#define FFLAG_DZ 0x08
#define FFLAG_NV 0x10

/* Rounding modes (unprivileged table 11.1). */
#define RM_RNE 0
#define RM_RTZ 1
#define RM_RDN 2
#define RM_RUP 3
#define RM_RMM 4
#define RM_DYN 7

#endif
