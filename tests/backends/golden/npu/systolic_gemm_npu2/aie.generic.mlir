// The module of aie.mlir in MLIR's generic form, for mlir-opt without mlir-aie
// (mlir-opt-19 --allow-unregistered-dialect aie.generic.mlir). Op for op the same, except that
// each func.call of a kernel is written dsim.kernel_call (same operands, same callee): mlir-opt
// cannot resolve a callee from inside an unregistered op such as aie.core.
"builtin.module"() ({
  "aie.device"() ({
    %tile_0_0 = "aie.tile"() {col = 0 : i32, row = 0 : i32} : () -> index
    %tile_1_0 = "aie.tile"() {col = 1 : i32, row = 0 : i32} : () -> index
    %tile_2_0 = "aie.tile"() {col = 2 : i32, row = 0 : i32} : () -> index
    %tile_3_0 = "aie.tile"() {col = 3 : i32, row = 0 : i32} : () -> index
    %tile_4_0 = "aie.tile"() {col = 4 : i32, row = 0 : i32} : () -> index
    %tile_5_0 = "aie.tile"() {col = 5 : i32, row = 0 : i32} : () -> index
    %tile_6_0 = "aie.tile"() {col = 6 : i32, row = 0 : i32} : () -> index
    %tile_7_0 = "aie.tile"() {col = 7 : i32, row = 0 : i32} : () -> index
    %tile_0_1 = "aie.tile"() {col = 0 : i32, row = 1 : i32} : () -> index
    %tile_1_1 = "aie.tile"() {col = 1 : i32, row = 1 : i32} : () -> index
    %tile_2_1 = "aie.tile"() {col = 2 : i32, row = 1 : i32} : () -> index
    %tile_3_1 = "aie.tile"() {col = 3 : i32, row = 1 : i32} : () -> index
    %tile_4_1 = "aie.tile"() {col = 4 : i32, row = 1 : i32} : () -> index
    %tile_5_1 = "aie.tile"() {col = 5 : i32, row = 1 : i32} : () -> index
    %tile_6_1 = "aie.tile"() {col = 6 : i32, row = 1 : i32} : () -> index
    %tile_7_1 = "aie.tile"() {col = 7 : i32, row = 1 : i32} : () -> index
    %tile_0_2 = "aie.tile"() {col = 0 : i32, row = 2 : i32} : () -> index
    %tile_1_2 = "aie.tile"() {col = 1 : i32, row = 2 : i32} : () -> index
    %tile_2_2 = "aie.tile"() {col = 2 : i32, row = 2 : i32} : () -> index
    %tile_3_2 = "aie.tile"() {col = 3 : i32, row = 2 : i32} : () -> index
    %tile_4_2 = "aie.tile"() {col = 4 : i32, row = 2 : i32} : () -> index
    %tile_5_2 = "aie.tile"() {col = 5 : i32, row = 2 : i32} : () -> index
    %tile_6_2 = "aie.tile"() {col = 6 : i32, row = 2 : i32} : () -> index
    %tile_7_2 = "aie.tile"() {col = 7 : i32, row = 2 : i32} : () -> index
    %tile_0_3 = "aie.tile"() {col = 0 : i32, row = 3 : i32} : () -> index
    %tile_1_3 = "aie.tile"() {col = 1 : i32, row = 3 : i32} : () -> index
    %tile_2_3 = "aie.tile"() {col = 2 : i32, row = 3 : i32} : () -> index
    %tile_3_3 = "aie.tile"() {col = 3 : i32, row = 3 : i32} : () -> index
    %tile_4_3 = "aie.tile"() {col = 4 : i32, row = 3 : i32} : () -> index
    %tile_5_3 = "aie.tile"() {col = 5 : i32, row = 3 : i32} : () -> index
    %tile_6_3 = "aie.tile"() {col = 6 : i32, row = 3 : i32} : () -> index
    %tile_7_3 = "aie.tile"() {col = 7 : i32, row = 3 : i32} : () -> index
    %tile_0_4 = "aie.tile"() {col = 0 : i32, row = 4 : i32} : () -> index
    %tile_1_4 = "aie.tile"() {col = 1 : i32, row = 4 : i32} : () -> index
    %tile_2_4 = "aie.tile"() {col = 2 : i32, row = 4 : i32} : () -> index
    %tile_3_4 = "aie.tile"() {col = 3 : i32, row = 4 : i32} : () -> index
    %tile_4_4 = "aie.tile"() {col = 4 : i32, row = 4 : i32} : () -> index
    %tile_5_4 = "aie.tile"() {col = 5 : i32, row = 4 : i32} : () -> index
    %tile_6_4 = "aie.tile"() {col = 6 : i32, row = 4 : i32} : () -> index
    %tile_7_4 = "aie.tile"() {col = 7 : i32, row = 4 : i32} : () -> index
    %tile_0_5 = "aie.tile"() {col = 0 : i32, row = 5 : i32} : () -> index
    %tile_1_5 = "aie.tile"() {col = 1 : i32, row = 5 : i32} : () -> index
    %tile_2_5 = "aie.tile"() {col = 2 : i32, row = 5 : i32} : () -> index
    %tile_3_5 = "aie.tile"() {col = 3 : i32, row = 5 : i32} : () -> index
    %tile_4_5 = "aie.tile"() {col = 4 : i32, row = 5 : i32} : () -> index
    %tile_5_5 = "aie.tile"() {col = 5 : i32, row = 5 : i32} : () -> index
    %tile_6_5 = "aie.tile"() {col = 6 : i32, row = 5 : i32} : () -> index
    %tile_7_5 = "aie.tile"() {col = 7 : i32, row = 5 : i32} : () -> index
    %buf_gemm_0_1_va = "aie.buffer"(%tile_0_5) {sym_name = "gemm_0_1_va"} : (index) -> memref<1xf32>
    %buf_gemm_0_1_acc = "aie.buffer"(%tile_0_5) {sym_name = "gemm_0_1_acc"} : (index) -> memref<1xf32>
    %buf_gemm_0_2_va = "aie.buffer"(%tile_0_2) {sym_name = "gemm_0_2_va"} : (index) -> memref<1xf32>
    %buf_gemm_0_2_acc = "aie.buffer"(%tile_0_2) {sym_name = "gemm_0_2_acc"} : (index) -> memref<1xf32>
    %buf_gemm_0_3_va = "aie.buffer"(%tile_1_2) {sym_name = "gemm_0_3_va"} : (index) -> memref<1xf32>
    %buf_gemm_0_3_acc = "aie.buffer"(%tile_1_2) {sym_name = "gemm_0_3_acc"} : (index) -> memref<1xf32>
    %buf_gemm_0_4_va = "aie.buffer"(%tile_1_4) {sym_name = "gemm_0_4_va"} : (index) -> memref<1xf32>
    %buf_gemm_0_4_acc = "aie.buffer"(%tile_1_4) {sym_name = "gemm_0_4_acc"} : (index) -> memref<1xf32>
    %buf_gemm_1_0_vb = "aie.buffer"(%tile_1_5) {sym_name = "gemm_1_0_vb"} : (index) -> memref<1xf32>
    %buf_gemm_1_0_acc = "aie.buffer"(%tile_1_5) {sym_name = "gemm_1_0_acc"} : (index) -> memref<1xf32>
    %buf_gemm_1_1_va = "aie.buffer"(%tile_0_4) {sym_name = "gemm_1_1_va"} : (index) -> memref<1xf32>
    %buf_gemm_1_1_vb = "aie.buffer"(%tile_0_4) {sym_name = "gemm_1_1_vb"} : (index) -> memref<1xf32>
    %buf_gemm_1_2_va = "aie.buffer"(%tile_0_3) {sym_name = "gemm_1_2_va"} : (index) -> memref<1xf32>
    %buf_gemm_1_2_vb = "aie.buffer"(%tile_0_3) {sym_name = "gemm_1_2_vb"} : (index) -> memref<1xf32>
    %buf_gemm_1_3_va = "aie.buffer"(%tile_1_3) {sym_name = "gemm_1_3_va"} : (index) -> memref<1xf32>
    %buf_gemm_1_3_vb = "aie.buffer"(%tile_1_3) {sym_name = "gemm_1_3_vb"} : (index) -> memref<1xf32>
    %buf_gemm_1_4_va = "aie.buffer"(%tile_2_4) {sym_name = "gemm_1_4_va"} : (index) -> memref<1xf32>
    %buf_gemm_1_4_vb = "aie.buffer"(%tile_2_4) {sym_name = "gemm_1_4_vb"} : (index) -> memref<1xf32>
    %buf_gemm_1_5_va = "aie.buffer"(%tile_2_5) {sym_name = "gemm_1_5_va"} : (index) -> memref<1xf32>
    %buf_gemm_1_5_vb = "aie.buffer"(%tile_2_5) {sym_name = "gemm_1_5_vb"} : (index) -> memref<1xf32>
    %buf_gemm_1_5_acc = "aie.buffer"(%tile_2_5) {sym_name = "gemm_1_5_acc"} : (index) -> memref<1xf32>
    %buf_gemm_2_0_vb = "aie.buffer"(%tile_3_5) {sym_name = "gemm_2_0_vb"} : (index) -> memref<1xf32>
    %buf_gemm_2_0_acc = "aie.buffer"(%tile_3_5) {sym_name = "gemm_2_0_acc"} : (index) -> memref<1xf32>
    %buf_gemm_2_1_va = "aie.buffer"(%tile_3_4) {sym_name = "gemm_2_1_va"} : (index) -> memref<1xf32>
    %buf_gemm_2_1_vb = "aie.buffer"(%tile_3_4) {sym_name = "gemm_2_1_vb"} : (index) -> memref<1xf32>
    %buf_gemm_2_2_va = "aie.buffer"(%tile_3_3) {sym_name = "gemm_2_2_va"} : (index) -> memref<1xf32>
    %buf_gemm_2_2_vb = "aie.buffer"(%tile_3_3) {sym_name = "gemm_2_2_vb"} : (index) -> memref<1xf32>
    %buf_gemm_2_3_va = "aie.buffer"(%tile_2_3) {sym_name = "gemm_2_3_va"} : (index) -> memref<1xf32>
    %buf_gemm_2_3_vb = "aie.buffer"(%tile_2_3) {sym_name = "gemm_2_3_vb"} : (index) -> memref<1xf32>
    %buf_gemm_2_4_va = "aie.buffer"(%tile_2_2) {sym_name = "gemm_2_4_va"} : (index) -> memref<1xf32>
    %buf_gemm_2_4_vb = "aie.buffer"(%tile_2_2) {sym_name = "gemm_2_4_vb"} : (index) -> memref<1xf32>
    %buf_gemm_2_5_va = "aie.buffer"(%tile_3_2) {sym_name = "gemm_2_5_va"} : (index) -> memref<1xf32>
    %buf_gemm_2_5_vb = "aie.buffer"(%tile_3_2) {sym_name = "gemm_2_5_vb"} : (index) -> memref<1xf32>
    %buf_gemm_2_5_acc = "aie.buffer"(%tile_3_2) {sym_name = "gemm_2_5_acc"} : (index) -> memref<1xf32>
    %buf_gemm_3_0_vb = "aie.buffer"(%tile_5_5) {sym_name = "gemm_3_0_vb"} : (index) -> memref<1xf32>
    %buf_gemm_3_0_acc = "aie.buffer"(%tile_5_5) {sym_name = "gemm_3_0_acc"} : (index) -> memref<1xf32>
    %buf_gemm_3_1_va = "aie.buffer"(%tile_4_5) {sym_name = "gemm_3_1_va"} : (index) -> memref<1xf32>
    %buf_gemm_3_1_vb = "aie.buffer"(%tile_4_5) {sym_name = "gemm_3_1_vb"} : (index) -> memref<1xf32>
    %buf_gemm_3_2_va = "aie.buffer"(%tile_4_4) {sym_name = "gemm_3_2_va"} : (index) -> memref<1xf32>
    %buf_gemm_3_2_vb = "aie.buffer"(%tile_4_4) {sym_name = "gemm_3_2_vb"} : (index) -> memref<1xf32>
    %buf_gemm_3_3_va = "aie.buffer"(%tile_4_3) {sym_name = "gemm_3_3_va"} : (index) -> memref<1xf32>
    %buf_gemm_3_3_vb = "aie.buffer"(%tile_4_3) {sym_name = "gemm_3_3_vb"} : (index) -> memref<1xf32>
    %buf_gemm_3_4_va = "aie.buffer"(%tile_4_2) {sym_name = "gemm_3_4_va"} : (index) -> memref<1xf32>
    %buf_gemm_3_4_vb = "aie.buffer"(%tile_4_2) {sym_name = "gemm_3_4_vb"} : (index) -> memref<1xf32>
    %buf_gemm_3_5_va = "aie.buffer"(%tile_5_2) {sym_name = "gemm_3_5_va"} : (index) -> memref<1xf32>
    %buf_gemm_3_5_vb = "aie.buffer"(%tile_5_2) {sym_name = "gemm_3_5_vb"} : (index) -> memref<1xf32>
    %buf_gemm_3_5_acc = "aie.buffer"(%tile_5_2) {sym_name = "gemm_3_5_acc"} : (index) -> memref<1xf32>
    %buf_gemm_4_0_vb = "aie.buffer"(%tile_7_5) {sym_name = "gemm_4_0_vb"} : (index) -> memref<1xf32>
    %buf_gemm_4_0_acc = "aie.buffer"(%tile_7_5) {sym_name = "gemm_4_0_acc"} : (index) -> memref<1xf32>
    %buf_gemm_4_1_va = "aie.buffer"(%tile_6_5) {sym_name = "gemm_4_1_va"} : (index) -> memref<1xf32>
    %buf_gemm_4_1_vb = "aie.buffer"(%tile_6_5) {sym_name = "gemm_4_1_vb"} : (index) -> memref<1xf32>
    %buf_gemm_4_2_va = "aie.buffer"(%tile_5_4) {sym_name = "gemm_4_2_va"} : (index) -> memref<1xf32>
    %buf_gemm_4_2_vb = "aie.buffer"(%tile_5_4) {sym_name = "gemm_4_2_vb"} : (index) -> memref<1xf32>
    %buf_gemm_4_3_va = "aie.buffer"(%tile_6_3) {sym_name = "gemm_4_3_va"} : (index) -> memref<1xf32>
    %buf_gemm_4_3_vb = "aie.buffer"(%tile_6_3) {sym_name = "gemm_4_3_vb"} : (index) -> memref<1xf32>
    %buf_gemm_4_4_va = "aie.buffer"(%tile_7_3) {sym_name = "gemm_4_4_va"} : (index) -> memref<1xf32>
    %buf_gemm_4_4_vb = "aie.buffer"(%tile_7_3) {sym_name = "gemm_4_4_vb"} : (index) -> memref<1xf32>
    %buf_gemm_4_5_va = "aie.buffer"(%tile_7_2) {sym_name = "gemm_4_5_va"} : (index) -> memref<1xf32>
    %buf_gemm_4_5_vb = "aie.buffer"(%tile_7_2) {sym_name = "gemm_4_5_vb"} : (index) -> memref<1xf32>
    %buf_gemm_4_5_acc = "aie.buffer"(%tile_7_2) {sym_name = "gemm_4_5_acc"} : (index) -> memref<1xf32>
    %buf_gemm_5_1_va = "aie.buffer"(%tile_6_4) {sym_name = "gemm_5_1_va"} : (index) -> memref<1xf32>
    %buf_gemm_5_1_vb = "aie.buffer"(%tile_6_4) {sym_name = "gemm_5_1_vb"} : (index) -> memref<1xf32>
    %buf_gemm_5_1_acc = "aie.buffer"(%tile_6_4) {sym_name = "gemm_5_1_acc"} : (index) -> memref<1xf32>
    %buf_gemm_5_2_va = "aie.buffer"(%tile_5_3) {sym_name = "gemm_5_2_va"} : (index) -> memref<1xf32>
    %buf_gemm_5_2_vb = "aie.buffer"(%tile_5_3) {sym_name = "gemm_5_2_vb"} : (index) -> memref<1xf32>
    %buf_gemm_5_2_acc = "aie.buffer"(%tile_5_3) {sym_name = "gemm_5_2_acc"} : (index) -> memref<1xf32>
    %buf_gemm_5_3_va = "aie.buffer"(%tile_6_2) {sym_name = "gemm_5_3_va"} : (index) -> memref<1xf32>
    %buf_gemm_5_3_vb = "aie.buffer"(%tile_6_2) {sym_name = "gemm_5_3_vb"} : (index) -> memref<1xf32>
    %buf_gemm_5_3_acc = "aie.buffer"(%tile_6_2) {sym_name = "gemm_5_3_acc"} : (index) -> memref<1xf32>
    %buf_gemm_5_4_va = "aie.buffer"(%tile_7_4) {sym_name = "gemm_5_4_va"} : (index) -> memref<1xf32>
    %buf_gemm_5_4_vb = "aie.buffer"(%tile_7_4) {sym_name = "gemm_5_4_vb"} : (index) -> memref<1xf32>
    %buf_gemm_5_4_acc = "aie.buffer"(%tile_7_4) {sym_name = "gemm_5_4_acc"} : (index) -> memref<1xf32>
    "aie.objectfifo"(%tile_1_5, %tile_0_4) {sym_name = "fifo_A_1_1", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_4, %tile_0_3) {sym_name = "fifo_A_1_2", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_3, %tile_1_3) {sym_name = "fifo_A_1_3", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_3, %tile_2_4) {sym_name = "fifo_A_1_4", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_4, %tile_2_5) {sym_name = "fifo_A_1_5", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_5, %tile_3_4) {sym_name = "fifo_A_2_1", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_4, %tile_3_3) {sym_name = "fifo_A_2_2", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_3, %tile_2_3) {sym_name = "fifo_A_2_3", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_3, %tile_2_2) {sym_name = "fifo_A_2_4", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_2, %tile_3_2) {sym_name = "fifo_A_2_5", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_5_5, %tile_4_5) {sym_name = "fifo_A_3_1", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_5, %tile_4_4) {sym_name = "fifo_A_3_2", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_4, %tile_4_3) {sym_name = "fifo_A_3_3", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_3, %tile_4_2) {sym_name = "fifo_A_3_4", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_2, %tile_5_2) {sym_name = "fifo_A_3_5", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_7_5, %tile_6_5) {sym_name = "fifo_A_4_1", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_6_5, %tile_5_4) {sym_name = "fifo_A_4_2", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_5_4, %tile_6_3) {sym_name = "fifo_A_4_3", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_6_3, %tile_7_3) {sym_name = "fifo_A_4_4", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_7_3, %tile_7_2) {sym_name = "fifo_A_4_5", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_5, %tile_0_4) {sym_name = "fifo_B_1_1", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_2, %tile_0_3) {sym_name = "fifo_B_1_2", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_2, %tile_1_3) {sym_name = "fifo_B_1_3", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_4, %tile_2_4) {sym_name = "fifo_B_1_4", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_4, %tile_3_4) {sym_name = "fifo_B_2_1", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_3, %tile_3_3) {sym_name = "fifo_B_2_2", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_3, %tile_2_3) {sym_name = "fifo_B_2_3", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_4, %tile_2_2) {sym_name = "fifo_B_2_4", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_4, %tile_4_5) {sym_name = "fifo_B_3_1", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_3, %tile_4_4) {sym_name = "fifo_B_3_2", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_3, %tile_4_3) {sym_name = "fifo_B_3_3", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_2, %tile_4_2) {sym_name = "fifo_B_3_4", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_5, %tile_6_5) {sym_name = "fifo_B_4_1", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_4, %tile_5_4) {sym_name = "fifo_B_4_2", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_3, %tile_6_3) {sym_name = "fifo_B_4_3", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_2, %tile_7_3) {sym_name = "fifo_B_4_4", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_6_5, %tile_6_4) {sym_name = "fifo_B_5_1", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_5_4, %tile_5_3) {sym_name = "fifo_B_5_2", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_6_3, %tile_6_2) {sym_name = "fifo_B_5_3", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_7_3, %tile_7_4) {sym_name = "fifo_B_5_4", elemNumber = 4 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_0, %tile_0_1) {sym_name = "B_in0_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_5) {sym_name = "B_in0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in0_L2], fifoOuts = [@B_in0], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_0, %tile_0_1) {sym_name = "B_in1_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_2) {sym_name = "B_in1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in1_L2], fifoOuts = [@B_in1], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "B_in2_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_2) {sym_name = "B_in2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in2_L2], fifoOuts = [@B_in2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_0, %tile_2_1) {sym_name = "B_in3_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_1_4) {sym_name = "B_in3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in3_L2], fifoOuts = [@B_in3], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "A_in4_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_5) {sym_name = "A_in4", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in4_L2], fifoOuts = [@A_in4], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_4, %tile_0_1) {sym_name = "C_out5", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_0) {sym_name = "C_out5_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out5], fifoOuts = [@C_out5_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_3, %tile_0_1) {sym_name = "C_out6", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_0) {sym_name = "C_out6_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out6], fifoOuts = [@C_out6_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_3, %tile_1_1) {sym_name = "C_out7", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_0) {sym_name = "C_out7_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out7], fifoOuts = [@C_out7_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_4, %tile_2_1) {sym_name = "C_out8", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_0) {sym_name = "C_out8_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out8], fifoOuts = [@C_out8_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_0, %tile_3_1) {sym_name = "A_in9_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_5) {sym_name = "A_in9", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in9_L2], fifoOuts = [@A_in9], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_4, %tile_3_1) {sym_name = "C_out10", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_0) {sym_name = "C_out10_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out10], fifoOuts = [@C_out10_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_3, %tile_3_1) {sym_name = "C_out11", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_0) {sym_name = "C_out11_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out11], fifoOuts = [@C_out11_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_3, %tile_2_1) {sym_name = "C_out12", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_0) {sym_name = "C_out12_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out12], fifoOuts = [@C_out12_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_2, %tile_1_1) {sym_name = "C_out13", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_0) {sym_name = "C_out13_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out13], fifoOuts = [@C_out13_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_5_0, %tile_5_1) {sym_name = "A_in14_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_5_1, %tile_5_5) {sym_name = "A_in14", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in14_L2], fifoOuts = [@A_in14], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_4_5, %tile_4_1) {sym_name = "C_out15", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_1, %tile_4_0) {sym_name = "C_out15_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out15], fifoOuts = [@C_out15_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_4_4, %tile_4_1) {sym_name = "C_out16", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_1, %tile_4_0) {sym_name = "C_out16_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out16], fifoOuts = [@C_out16_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_4_3, %tile_5_1) {sym_name = "C_out17", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_5_1, %tile_5_0) {sym_name = "C_out17_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out17], fifoOuts = [@C_out17_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_4_2, %tile_4_1) {sym_name = "C_out18", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_4_1, %tile_5_0) {sym_name = "C_out18_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out18], fifoOuts = [@C_out18_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_7_0, %tile_7_1) {sym_name = "A_in19_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_7_1, %tile_7_5) {sym_name = "A_in19", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in19_L2], fifoOuts = [@A_in19], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_6_5, %tile_6_1) {sym_name = "C_out20", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_6_1, %tile_6_0) {sym_name = "C_out20_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out20], fifoOuts = [@C_out20_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_5_4, %tile_6_1) {sym_name = "C_out21", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_6_1, %tile_6_0) {sym_name = "C_out21_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out21], fifoOuts = [@C_out21_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_6_3, %tile_7_1) {sym_name = "C_out22", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_7_1, %tile_7_0) {sym_name = "C_out22_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out22], fifoOuts = [@C_out22_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_7_3, %tile_7_1) {sym_name = "C_out23", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_7_1, %tile_7_0) {sym_name = "C_out23_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<1xf32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out23], fifoOuts = [@C_out23_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "func.func"() <{function_type = (memref<1xf32>, memref<1xf32>) -> (), sym_name = "dsim_copy_f32_1", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<1xf32>) -> (), sym_name = "zero_f32", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> (), sym_name = "mac_f32_f32_f32", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    %core_0_5 = "aie.core"(%tile_0_5) ({
      %c0_0 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_1 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_2 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_8 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_0, %c9223372036854775807_8, %c1_2) ({
      ^bb0(%run9: index):
        "scf.for"(%c0_0, %c64_1, %c1_2) ({
        ^bb0(%iv_k_3: index):
          %sv4 = "aie.objectfifo.acquire"() {objFifo_name = @B_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e5 = "aie.objectfifo.subview.access"(%sv4) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          %sv6 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e7 = "aie.objectfifo.subview.access"(%sv6) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e5, %e7) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "aie.objectfifo.release"() {objFifo_name = @B_in0, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_2 = "aie.core"(%tile_0_2) ({
      %c0_10 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_11 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_12 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_18 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_10, %c9223372036854775807_18, %c1_12) ({
      ^bb0(%run19: index):
        "scf.for"(%c0_10, %c64_11, %c1_12) ({
        ^bb0(%iv_k_13: index):
          %sv14 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e15 = "aie.objectfifo.subview.access"(%sv14) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          %sv16 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e17 = "aie.objectfifo.subview.access"(%sv16) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e15, %e17) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_2 = "aie.core"(%tile_1_2) ({
      %c0_20 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_21 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_22 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_28 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_20, %c9223372036854775807_28, %c1_22) ({
      ^bb0(%run29: index):
        "scf.for"(%c0_20, %c64_21, %c1_22) ({
        ^bb0(%iv_k_23: index):
          %sv24 = "aie.objectfifo.acquire"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e25 = "aie.objectfifo.subview.access"(%sv24) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          %sv26 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e27 = "aie.objectfifo.subview.access"(%sv26) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e25, %e27) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "aie.objectfifo.release"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_4 = "aie.core"(%tile_1_4) ({
      %c0_30 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_31 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_32 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_38 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_30, %c9223372036854775807_38, %c1_32) ({
      ^bb0(%run39: index):
        "scf.for"(%c0_30, %c64_31, %c1_32) ({
        ^bb0(%iv_k_33: index):
          %sv34 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e35 = "aie.objectfifo.subview.access"(%sv34) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          %sv36 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e37 = "aie.objectfifo.subview.access"(%sv36) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e35, %e37) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_4, port = 0 : i32, size = 1 : i32} : () -> ()
          "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_5 = "aie.core"(%tile_1_5) ({
      %c0_40 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_41 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_42 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_48 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_40, %c9223372036854775807_48, %c1_42) ({
      ^bb0(%run49: index):
        "scf.for"(%c0_40, %c64_41, %c1_42) ({
        ^bb0(%iv_k_43: index):
          %sv44 = "aie.objectfifo.acquire"() {objFifo_name = @A_in4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e45 = "aie.objectfifo.subview.access"(%sv44) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          %sv46 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e47 = "aie.objectfifo.subview.access"(%sv46) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e45, %e47) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "aie.objectfifo.release"() {objFifo_name = @A_in4, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_4 = "aie.core"(%tile_0_4) ({
      %c0_52 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_53 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_54 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_64 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_52, %c9223372036854775807_64, %c1_54) ({
      ^bb0(%run65: index):
        %sv50 = "aie.objectfifo.acquire"() {objFifo_name = @C_out5, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e51 = "aie.objectfifo.subview.access"(%sv50) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e51) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_52, %c64_53, %c1_54) ({
        ^bb0(%iv_k_55: index):
          %sv56 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e57 = "aie.objectfifo.subview.access"(%sv56) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e57, %buf_gemm_1_1_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_1, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv58 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e59 = "aie.objectfifo.subview.access"(%sv58) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e59, %buf_gemm_1_1_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_1_1_va, %buf_gemm_1_1_vb, %e51) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv60 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e61 = "aie.objectfifo.subview.access"(%sv60) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_1_1_va, %e61) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_2, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv62 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e63 = "aie.objectfifo.subview.access"(%sv62) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_1_1_vb, %e63) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out5, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_3 = "aie.core"(%tile_0_3) ({
      %c0_68 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_69 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_70 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_80 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_68, %c9223372036854775807_80, %c1_70) ({
      ^bb0(%run81: index):
        %sv66 = "aie.objectfifo.acquire"() {objFifo_name = @C_out6, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e67 = "aie.objectfifo.subview.access"(%sv66) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e67) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_68, %c64_69, %c1_70) ({
        ^bb0(%iv_k_71: index):
          %sv72 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e73 = "aie.objectfifo.subview.access"(%sv72) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e73, %buf_gemm_1_2_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_2, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv74 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e75 = "aie.objectfifo.subview.access"(%sv74) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e75, %buf_gemm_1_2_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_1_2_va, %buf_gemm_1_2_vb, %e67) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv76 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e77 = "aie.objectfifo.subview.access"(%sv76) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_1_2_va, %e77) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_3, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv78 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e79 = "aie.objectfifo.subview.access"(%sv78) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_1_2_vb, %e79) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out6, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_84 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_85 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_86 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_96 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_84, %c9223372036854775807_96, %c1_86) ({
      ^bb0(%run97: index):
        %sv82 = "aie.objectfifo.acquire"() {objFifo_name = @C_out7, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e83 = "aie.objectfifo.subview.access"(%sv82) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e83) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_84, %c64_85, %c1_86) ({
        ^bb0(%iv_k_87: index):
          %sv88 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e89 = "aie.objectfifo.subview.access"(%sv88) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e89, %buf_gemm_1_3_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_3, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv90 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e91 = "aie.objectfifo.subview.access"(%sv90) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e91, %buf_gemm_1_3_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_1_3_va, %buf_gemm_1_3_vb, %e83) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv92 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e93 = "aie.objectfifo.subview.access"(%sv92) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_1_3_va, %e93) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_4, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv94 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e95 = "aie.objectfifo.subview.access"(%sv94) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_1_3_vb, %e95) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out7, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_4 = "aie.core"(%tile_2_4) ({
      %c0_100 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_101 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_102 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_112 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_100, %c9223372036854775807_112, %c1_102) ({
      ^bb0(%run113: index):
        %sv98 = "aie.objectfifo.acquire"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e99 = "aie.objectfifo.subview.access"(%sv98) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e99) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_100, %c64_101, %c1_102) ({
        ^bb0(%iv_k_103: index):
          %sv104 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e105 = "aie.objectfifo.subview.access"(%sv104) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e105, %buf_gemm_1_4_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_4, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv106 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e107 = "aie.objectfifo.subview.access"(%sv106) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e107, %buf_gemm_1_4_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_4, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_1_4_va, %buf_gemm_1_4_vb, %e99) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv108 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_5, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e109 = "aie.objectfifo.subview.access"(%sv108) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_1_4_va, %e109) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_5, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv110 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e111 = "aie.objectfifo.subview.access"(%sv110) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_1_4_vb, %e111) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_4, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_5 = "aie.core"(%tile_2_5) ({
      %c0_114 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_115 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_116 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_120 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_114, %c9223372036854775807_120, %c1_116) ({
      ^bb0(%run121: index):
        "scf.for"(%c0_114, %c64_115, %c1_116) ({
        ^bb0(%iv_k_117: index):
          %sv118 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e119 = "aie.objectfifo.subview.access"(%sv118) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e119, %buf_gemm_1_5_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_5, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_5 = "aie.core"(%tile_3_5) ({
      %c0_122 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_123 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_124 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_130 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_122, %c9223372036854775807_130, %c1_124) ({
      ^bb0(%run131: index):
        "scf.for"(%c0_122, %c64_123, %c1_124) ({
        ^bb0(%iv_k_125: index):
          %sv126 = "aie.objectfifo.acquire"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e127 = "aie.objectfifo.subview.access"(%sv126) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          %sv128 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e129 = "aie.objectfifo.subview.access"(%sv128) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e127, %e129) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "aie.objectfifo.release"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_4 = "aie.core"(%tile_3_4) ({
      %c0_134 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_135 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_136 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_146 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_134, %c9223372036854775807_146, %c1_136) ({
      ^bb0(%run147: index):
        %sv132 = "aie.objectfifo.acquire"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e133 = "aie.objectfifo.subview.access"(%sv132) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e133) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_134, %c64_135, %c1_136) ({
        ^bb0(%iv_k_137: index):
          %sv138 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e139 = "aie.objectfifo.subview.access"(%sv138) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e139, %buf_gemm_2_1_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_1, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv140 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e141 = "aie.objectfifo.subview.access"(%sv140) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e141, %buf_gemm_2_1_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_2_1_va, %buf_gemm_2_1_vb, %e133) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv142 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e143 = "aie.objectfifo.subview.access"(%sv142) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_2_1_va, %e143) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_2, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv144 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e145 = "aie.objectfifo.subview.access"(%sv144) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_2_1_vb, %e145) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_3 = "aie.core"(%tile_3_3) ({
      %c0_150 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_151 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_152 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_162 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_150, %c9223372036854775807_162, %c1_152) ({
      ^bb0(%run163: index):
        %sv148 = "aie.objectfifo.acquire"() {objFifo_name = @C_out11, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e149 = "aie.objectfifo.subview.access"(%sv148) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e149) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_150, %c64_151, %c1_152) ({
        ^bb0(%iv_k_153: index):
          %sv154 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e155 = "aie.objectfifo.subview.access"(%sv154) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e155, %buf_gemm_2_2_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_2, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv156 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e157 = "aie.objectfifo.subview.access"(%sv156) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e157, %buf_gemm_2_2_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_2_2_va, %buf_gemm_2_2_vb, %e149) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv158 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e159 = "aie.objectfifo.subview.access"(%sv158) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_2_2_va, %e159) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_3, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv160 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e161 = "aie.objectfifo.subview.access"(%sv160) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_2_2_vb, %e161) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out11, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_3 = "aie.core"(%tile_2_3) ({
      %c0_166 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_167 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_168 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_178 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_166, %c9223372036854775807_178, %c1_168) ({
      ^bb0(%run179: index):
        %sv164 = "aie.objectfifo.acquire"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e165 = "aie.objectfifo.subview.access"(%sv164) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e165) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_166, %c64_167, %c1_168) ({
        ^bb0(%iv_k_169: index):
          %sv170 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e171 = "aie.objectfifo.subview.access"(%sv170) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e171, %buf_gemm_2_3_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_3, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv172 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e173 = "aie.objectfifo.subview.access"(%sv172) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e173, %buf_gemm_2_3_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_2_3_va, %buf_gemm_2_3_vb, %e165) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv174 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e175 = "aie.objectfifo.subview.access"(%sv174) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_2_3_va, %e175) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_4, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv176 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e177 = "aie.objectfifo.subview.access"(%sv176) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_2_3_vb, %e177) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_2 = "aie.core"(%tile_2_2) ({
      %c0_182 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_183 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_184 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_194 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_182, %c9223372036854775807_194, %c1_184) ({
      ^bb0(%run195: index):
        %sv180 = "aie.objectfifo.acquire"() {objFifo_name = @C_out13, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e181 = "aie.objectfifo.subview.access"(%sv180) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e181) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_182, %c64_183, %c1_184) ({
        ^bb0(%iv_k_185: index):
          %sv186 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e187 = "aie.objectfifo.subview.access"(%sv186) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e187, %buf_gemm_2_4_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_4, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv188 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e189 = "aie.objectfifo.subview.access"(%sv188) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e189, %buf_gemm_2_4_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_4, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_2_4_va, %buf_gemm_2_4_vb, %e181) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv190 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_5, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e191 = "aie.objectfifo.subview.access"(%sv190) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_2_4_va, %e191) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_5, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv192 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e193 = "aie.objectfifo.subview.access"(%sv192) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_2_4_vb, %e193) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_4, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out13, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_2 = "aie.core"(%tile_3_2) ({
      %c0_196 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_197 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_198 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_202 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_196, %c9223372036854775807_202, %c1_198) ({
      ^bb0(%run203: index):
        "scf.for"(%c0_196, %c64_197, %c1_198) ({
        ^bb0(%iv_k_199: index):
          %sv200 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e201 = "aie.objectfifo.subview.access"(%sv200) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e201, %buf_gemm_2_5_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_5, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_5_5 = "aie.core"(%tile_5_5) ({
      %c0_204 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_205 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_206 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_212 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_204, %c9223372036854775807_212, %c1_206) ({
      ^bb0(%run213: index):
        "scf.for"(%c0_204, %c64_205, %c1_206) ({
        ^bb0(%iv_k_207: index):
          %sv208 = "aie.objectfifo.acquire"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e209 = "aie.objectfifo.subview.access"(%sv208) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          %sv210 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e211 = "aie.objectfifo.subview.access"(%sv210) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e209, %e211) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "aie.objectfifo.release"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_4_5 = "aie.core"(%tile_4_5) ({
      %c0_216 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_217 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_218 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_228 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_216, %c9223372036854775807_228, %c1_218) ({
      ^bb0(%run229: index):
        %sv214 = "aie.objectfifo.acquire"() {objFifo_name = @C_out15, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e215 = "aie.objectfifo.subview.access"(%sv214) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e215) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_216, %c64_217, %c1_218) ({
        ^bb0(%iv_k_219: index):
          %sv220 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e221 = "aie.objectfifo.subview.access"(%sv220) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e221, %buf_gemm_3_1_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_1, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv222 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e223 = "aie.objectfifo.subview.access"(%sv222) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e223, %buf_gemm_3_1_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_3_1_va, %buf_gemm_3_1_vb, %e215) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv224 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e225 = "aie.objectfifo.subview.access"(%sv224) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_3_1_va, %e225) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_2, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv226 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e227 = "aie.objectfifo.subview.access"(%sv226) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_3_1_vb, %e227) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out15, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_4_4 = "aie.core"(%tile_4_4) ({
      %c0_232 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_233 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_234 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_244 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_232, %c9223372036854775807_244, %c1_234) ({
      ^bb0(%run245: index):
        %sv230 = "aie.objectfifo.acquire"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e231 = "aie.objectfifo.subview.access"(%sv230) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e231) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_232, %c64_233, %c1_234) ({
        ^bb0(%iv_k_235: index):
          %sv236 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e237 = "aie.objectfifo.subview.access"(%sv236) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e237, %buf_gemm_3_2_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_2, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv238 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e239 = "aie.objectfifo.subview.access"(%sv238) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e239, %buf_gemm_3_2_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_3_2_va, %buf_gemm_3_2_vb, %e231) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv240 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e241 = "aie.objectfifo.subview.access"(%sv240) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_3_2_va, %e241) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_3, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv242 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e243 = "aie.objectfifo.subview.access"(%sv242) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_3_2_vb, %e243) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_4_3 = "aie.core"(%tile_4_3) ({
      %c0_248 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_249 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_250 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_260 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_248, %c9223372036854775807_260, %c1_250) ({
      ^bb0(%run261: index):
        %sv246 = "aie.objectfifo.acquire"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e247 = "aie.objectfifo.subview.access"(%sv246) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e247) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_248, %c64_249, %c1_250) ({
        ^bb0(%iv_k_251: index):
          %sv252 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e253 = "aie.objectfifo.subview.access"(%sv252) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e253, %buf_gemm_3_3_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_3, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv254 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e255 = "aie.objectfifo.subview.access"(%sv254) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e255, %buf_gemm_3_3_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_3_3_va, %buf_gemm_3_3_vb, %e247) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv256 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e257 = "aie.objectfifo.subview.access"(%sv256) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_3_3_va, %e257) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_4, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv258 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e259 = "aie.objectfifo.subview.access"(%sv258) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_3_3_vb, %e259) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_4_2 = "aie.core"(%tile_4_2) ({
      %c0_264 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_265 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_266 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_276 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_264, %c9223372036854775807_276, %c1_266) ({
      ^bb0(%run277: index):
        %sv262 = "aie.objectfifo.acquire"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e263 = "aie.objectfifo.subview.access"(%sv262) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e263) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_264, %c64_265, %c1_266) ({
        ^bb0(%iv_k_267: index):
          %sv268 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e269 = "aie.objectfifo.subview.access"(%sv268) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e269, %buf_gemm_3_4_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_4, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv270 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e271 = "aie.objectfifo.subview.access"(%sv270) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e271, %buf_gemm_3_4_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_4, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_3_4_va, %buf_gemm_3_4_vb, %e263) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv272 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_5, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e273 = "aie.objectfifo.subview.access"(%sv272) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_3_4_va, %e273) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_5, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv274 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e275 = "aie.objectfifo.subview.access"(%sv274) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_3_4_vb, %e275) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_4, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_5_2 = "aie.core"(%tile_5_2) ({
      %c0_278 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_279 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_280 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_284 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_278, %c9223372036854775807_284, %c1_280) ({
      ^bb0(%run285: index):
        "scf.for"(%c0_278, %c64_279, %c1_280) ({
        ^bb0(%iv_k_281: index):
          %sv282 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e283 = "aie.objectfifo.subview.access"(%sv282) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e283, %buf_gemm_3_5_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_5, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_7_5 = "aie.core"(%tile_7_5) ({
      %c0_286 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_287 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_288 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_294 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_286, %c9223372036854775807_294, %c1_288) ({
      ^bb0(%run295: index):
        "scf.for"(%c0_286, %c64_287, %c1_288) ({
        ^bb0(%iv_k_289: index):
          %sv290 = "aie.objectfifo.acquire"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e291 = "aie.objectfifo.subview.access"(%sv290) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          %sv292 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e293 = "aie.objectfifo.subview.access"(%sv292) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e291, %e293) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "aie.objectfifo.release"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_6_5 = "aie.core"(%tile_6_5) ({
      %c0_298 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_299 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_300 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_310 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_298, %c9223372036854775807_310, %c1_300) ({
      ^bb0(%run311: index):
        %sv296 = "aie.objectfifo.acquire"() {objFifo_name = @C_out20, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e297 = "aie.objectfifo.subview.access"(%sv296) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e297) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_298, %c64_299, %c1_300) ({
        ^bb0(%iv_k_301: index):
          %sv302 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e303 = "aie.objectfifo.subview.access"(%sv302) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e303, %buf_gemm_4_1_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_1, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv304 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e305 = "aie.objectfifo.subview.access"(%sv304) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e305, %buf_gemm_4_1_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_4_1_va, %buf_gemm_4_1_vb, %e297) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv306 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e307 = "aie.objectfifo.subview.access"(%sv306) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_4_1_va, %e307) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_2, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv308 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e309 = "aie.objectfifo.subview.access"(%sv308) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_4_1_vb, %e309) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out20, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_5_4 = "aie.core"(%tile_5_4) ({
      %c0_314 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_315 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_316 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_326 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_314, %c9223372036854775807_326, %c1_316) ({
      ^bb0(%run327: index):
        %sv312 = "aie.objectfifo.acquire"() {objFifo_name = @C_out21, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e313 = "aie.objectfifo.subview.access"(%sv312) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e313) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_314, %c64_315, %c1_316) ({
        ^bb0(%iv_k_317: index):
          %sv318 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e319 = "aie.objectfifo.subview.access"(%sv318) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e319, %buf_gemm_4_2_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_2, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv320 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e321 = "aie.objectfifo.subview.access"(%sv320) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e321, %buf_gemm_4_2_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_4_2_va, %buf_gemm_4_2_vb, %e313) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv322 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e323 = "aie.objectfifo.subview.access"(%sv322) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_4_2_va, %e323) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_3, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv324 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e325 = "aie.objectfifo.subview.access"(%sv324) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_4_2_vb, %e325) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out21, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_6_3 = "aie.core"(%tile_6_3) ({
      %c0_330 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_331 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_332 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_342 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_330, %c9223372036854775807_342, %c1_332) ({
      ^bb0(%run343: index):
        %sv328 = "aie.objectfifo.acquire"() {objFifo_name = @C_out22, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e329 = "aie.objectfifo.subview.access"(%sv328) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e329) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_330, %c64_331, %c1_332) ({
        ^bb0(%iv_k_333: index):
          %sv334 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e335 = "aie.objectfifo.subview.access"(%sv334) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e335, %buf_gemm_4_3_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_3, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv336 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e337 = "aie.objectfifo.subview.access"(%sv336) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e337, %buf_gemm_4_3_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_4_3_va, %buf_gemm_4_3_vb, %e329) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv338 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e339 = "aie.objectfifo.subview.access"(%sv338) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_4_3_va, %e339) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_4, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv340 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e341 = "aie.objectfifo.subview.access"(%sv340) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_4_3_vb, %e341) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out22, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_7_3 = "aie.core"(%tile_7_3) ({
      %c0_346 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_347 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_348 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_358 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_346, %c9223372036854775807_358, %c1_348) ({
      ^bb0(%run359: index):
        %sv344 = "aie.objectfifo.acquire"() {objFifo_name = @C_out23, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e345 = "aie.objectfifo.subview.access"(%sv344) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e345) {callee = @zero_f32} : (memref<1xf32>) -> ()
        "scf.for"(%c0_346, %c64_347, %c1_348) ({
        ^bb0(%iv_k_349: index):
          %sv350 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e351 = "aie.objectfifo.subview.access"(%sv350) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e351, %buf_gemm_4_4_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_4, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv352 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e353 = "aie.objectfifo.subview.access"(%sv352) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e353, %buf_gemm_4_4_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_4, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_gemm_4_4_va, %buf_gemm_4_4_vb, %e345) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
          %sv354 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_5, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e355 = "aie.objectfifo.subview.access"(%sv354) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_4_4_va, %e355) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_5, port = 0 : i32, size = 1 : i32} : () -> ()
          %sv356 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e357 = "aie.objectfifo.subview.access"(%sv356) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%buf_gemm_4_4_vb, %e357) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_4, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @C_out23, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_7_2 = "aie.core"(%tile_7_2) ({
      %c0_360 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_361 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_362 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_366 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_360, %c9223372036854775807_366, %c1_362) ({
      ^bb0(%run367: index):
        "scf.for"(%c0_360, %c64_361, %c1_362) ({
        ^bb0(%iv_k_363: index):
          %sv364 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e365 = "aie.objectfifo.subview.access"(%sv364) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e365, %buf_gemm_4_5_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_5, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_6_4 = "aie.core"(%tile_6_4) ({
      %c0_368 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_369 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_370 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_374 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_368, %c9223372036854775807_374, %c1_370) ({
      ^bb0(%run375: index):
        "scf.for"(%c0_368, %c64_369, %c1_370) ({
        ^bb0(%iv_k_371: index):
          %sv372 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e373 = "aie.objectfifo.subview.access"(%sv372) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e373, %buf_gemm_5_1_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_5_3 = "aie.core"(%tile_5_3) ({
      %c0_376 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_377 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_378 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_382 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_376, %c9223372036854775807_382, %c1_378) ({
      ^bb0(%run383: index):
        "scf.for"(%c0_376, %c64_377, %c1_378) ({
        ^bb0(%iv_k_379: index):
          %sv380 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e381 = "aie.objectfifo.subview.access"(%sv380) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e381, %buf_gemm_5_2_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_6_2 = "aie.core"(%tile_6_2) ({
      %c0_384 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_385 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_386 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_390 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_384, %c9223372036854775807_390, %c1_386) ({
      ^bb0(%run391: index):
        "scf.for"(%c0_384, %c64_385, %c1_386) ({
        ^bb0(%iv_k_387: index):
          %sv388 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e389 = "aie.objectfifo.subview.access"(%sv388) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e389, %buf_gemm_5_3_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_7_4 = "aie.core"(%tile_7_4) ({
      %c0_392 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_393 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_394 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_398 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_392, %c9223372036854775807_398, %c1_394) ({
      ^bb0(%run399: index):
        "scf.for"(%c0_392, %c64_393, %c1_394) ({
        ^bb0(%iv_k_395: index):
          %sv396 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
          %e397 = "aie.objectfifo.subview.access"(%sv396) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
          "dsim.kernel_call"(%e397, %buf_gemm_5_4_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_4, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    "aie.runtime_sequence"() ({
    ^bb0(%arg_A: memref<256xf32>, %arg_B: memref<256xf32>, %arg_C: memref<16xf32>):
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 0 : i64, issue_token = false, metadata = @B_in0_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 1, 64, 1>, static_strides = array<i64: 0, 0, 4, 1>} : (memref<256xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 1 : i64, issue_token = false, metadata = @B_in1_L2, static_offsets = array<i64: 0, 0, 0, 1>, static_sizes = array<i64: 1, 1, 64, 1>, static_strides = array<i64: 0, 0, 4, 1>} : (memref<256xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 0 : i64, issue_token = false, metadata = @B_in2_L2, static_offsets = array<i64: 0, 0, 0, 2>, static_sizes = array<i64: 1, 1, 64, 1>, static_strides = array<i64: 0, 0, 4, 1>} : (memref<256xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 0 : i64, issue_token = false, metadata = @B_in3_L2, static_offsets = array<i64: 0, 0, 0, 3>, static_sizes = array<i64: 1, 1, 64, 1>, static_strides = array<i64: 0, 0, 4, 1>} : (memref<256xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 1 : i64, issue_token = false, metadata = @A_in4_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 1, 64, 1>, static_strides = array<i64: 0, 0, 1, 1>} : (memref<256xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 2 : i64, issue_token = true, metadata = @C_out5_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 3 : i64, issue_token = true, metadata = @C_out6_L2, static_offsets = array<i64: 0, 0, 0, 1>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 2 : i64, issue_token = true, metadata = @C_out7_L2, static_offsets = array<i64: 0, 0, 0, 2>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 1 : i64, issue_token = true, metadata = @C_out8_L2, static_offsets = array<i64: 0, 0, 0, 3>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 0 : i64, issue_token = false, metadata = @A_in9_L2, static_offsets = array<i64: 0, 0, 0, 64>, static_sizes = array<i64: 1, 1, 64, 1>, static_strides = array<i64: 0, 0, 1, 1>} : (memref<256xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 1 : i64, issue_token = true, metadata = @C_out10_L2, static_offsets = array<i64: 0, 0, 0, 4>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 2 : i64, issue_token = true, metadata = @C_out11_L2, static_offsets = array<i64: 0, 0, 0, 5>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 2 : i64, issue_token = true, metadata = @C_out12_L2, static_offsets = array<i64: 0, 0, 0, 6>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 3 : i64, issue_token = true, metadata = @C_out13_L2, static_offsets = array<i64: 0, 0, 0, 7>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 0 : i64, issue_token = false, metadata = @A_in14_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 1, 1, 64, 1>, static_strides = array<i64: 0, 0, 1, 1>} : (memref<256xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 0 : i64, issue_token = true, metadata = @C_out15_L2, static_offsets = array<i64: 0, 0, 0, 8>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 1 : i64, issue_token = true, metadata = @C_out16_L2, static_offsets = array<i64: 0, 0, 0, 9>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 1 : i64, issue_token = true, metadata = @C_out17_L2, static_offsets = array<i64: 0, 0, 0, 10>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 2 : i64, issue_token = true, metadata = @C_out18_L2, static_offsets = array<i64: 0, 0, 0, 11>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 0 : i64, issue_token = false, metadata = @A_in19_L2, static_offsets = array<i64: 0, 0, 0, 192>, static_sizes = array<i64: 1, 1, 64, 1>, static_strides = array<i64: 0, 0, 1, 1>} : (memref<256xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 0 : i64, issue_token = true, metadata = @C_out20_L2, static_offsets = array<i64: 0, 0, 0, 12>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 1 : i64, issue_token = true, metadata = @C_out21_L2, static_offsets = array<i64: 0, 0, 0, 13>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 1 : i64, issue_token = true, metadata = @C_out22_L2, static_offsets = array<i64: 0, 0, 0, 14>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 2 : i64, issue_token = true, metadata = @C_out23_L2, static_offsets = array<i64: 0, 0, 0, 15>, static_sizes = array<i64: 1, 1, 1, 1>, static_strides = array<i64: 0, 0, 0, 1>} : (memref<16xf32>) -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out5_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out6_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out7_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out8_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out10_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out11_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out12_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out13_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out15_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out16_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out17_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out18_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out20_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out21_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out22_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out23_L2} : () -> ()
    }) : () -> ()
  }) {device = #aie<device npu2>} : () -> ()
}) : () -> ()
