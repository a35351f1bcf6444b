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
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_2 = "aie.core"(%tile_0_2) ({
      %c0_8 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_9 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_10 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_8, %c64_9, %c1_10) ({
      ^bb0(%iv_k_11: index):
        %sv12 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e13 = "aie.objectfifo.subview.access"(%sv12) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        %sv14 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e15 = "aie.objectfifo.subview.access"(%sv14) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e13, %e15) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_2, port = 0 : i32, size = 1 : i32} : () -> ()
        "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_2 = "aie.core"(%tile_1_2) ({
      %c0_16 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_17 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_18 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_16, %c64_17, %c1_18) ({
      ^bb0(%iv_k_19: index):
        %sv20 = "aie.objectfifo.acquire"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e21 = "aie.objectfifo.subview.access"(%sv20) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        %sv22 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e23 = "aie.objectfifo.subview.access"(%sv22) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e21, %e23) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_3, port = 0 : i32, size = 1 : i32} : () -> ()
        "aie.objectfifo.release"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_4 = "aie.core"(%tile_1_4) ({
      %c0_24 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_25 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_26 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_24, %c64_25, %c1_26) ({
      ^bb0(%iv_k_27: index):
        %sv28 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e29 = "aie.objectfifo.subview.access"(%sv28) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        %sv30 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e31 = "aie.objectfifo.subview.access"(%sv30) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e29, %e31) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_4, port = 0 : i32, size = 1 : i32} : () -> ()
        "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_5 = "aie.core"(%tile_1_5) ({
      %c0_32 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_33 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_34 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_32, %c64_33, %c1_34) ({
      ^bb0(%iv_k_35: index):
        %sv36 = "aie.objectfifo.acquire"() {objFifo_name = @A_in4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e37 = "aie.objectfifo.subview.access"(%sv36) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        %sv38 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e39 = "aie.objectfifo.subview.access"(%sv38) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e37, %e39) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "aie.objectfifo.release"() {objFifo_name = @A_in4, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_4 = "aie.core"(%tile_0_4) ({
      %c0_42 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_43 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_44 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv40 = "aie.objectfifo.acquire"() {objFifo_name = @C_out5, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e41 = "aie.objectfifo.subview.access"(%sv40) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e41) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_42, %c64_43, %c1_44) ({
      ^bb0(%iv_k_45: index):
        %sv46 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e47 = "aie.objectfifo.subview.access"(%sv46) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e47, %buf_gemm_1_1_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_1, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv48 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e49 = "aie.objectfifo.subview.access"(%sv48) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e49, %buf_gemm_1_1_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_1, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_1_1_va, %buf_gemm_1_1_vb, %e41) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv50 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e51 = "aie.objectfifo.subview.access"(%sv50) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_1_1_va, %e51) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_2, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv52 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e53 = "aie.objectfifo.subview.access"(%sv52) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_1_1_vb, %e53) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out5, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_3 = "aie.core"(%tile_0_3) ({
      %c0_56 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_57 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_58 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv54 = "aie.objectfifo.acquire"() {objFifo_name = @C_out6, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e55 = "aie.objectfifo.subview.access"(%sv54) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e55) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_56, %c64_57, %c1_58) ({
      ^bb0(%iv_k_59: index):
        %sv60 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e61 = "aie.objectfifo.subview.access"(%sv60) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e61, %buf_gemm_1_2_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_2, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv62 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e63 = "aie.objectfifo.subview.access"(%sv62) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e63, %buf_gemm_1_2_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_2, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_1_2_va, %buf_gemm_1_2_vb, %e55) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv64 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e65 = "aie.objectfifo.subview.access"(%sv64) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_1_2_va, %e65) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_3, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv66 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e67 = "aie.objectfifo.subview.access"(%sv66) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_1_2_vb, %e67) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_2, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out6, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_70 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_71 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_72 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv68 = "aie.objectfifo.acquire"() {objFifo_name = @C_out7, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e69 = "aie.objectfifo.subview.access"(%sv68) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e69) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_70, %c64_71, %c1_72) ({
      ^bb0(%iv_k_73: index):
        %sv74 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e75 = "aie.objectfifo.subview.access"(%sv74) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e75, %buf_gemm_1_3_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_3, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv76 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e77 = "aie.objectfifo.subview.access"(%sv76) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e77, %buf_gemm_1_3_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_3, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_1_3_va, %buf_gemm_1_3_vb, %e69) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv78 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e79 = "aie.objectfifo.subview.access"(%sv78) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_1_3_va, %e79) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_4, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv80 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e81 = "aie.objectfifo.subview.access"(%sv80) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_1_3_vb, %e81) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_3, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out7, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_4 = "aie.core"(%tile_2_4) ({
      %c0_84 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_85 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_86 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv82 = "aie.objectfifo.acquire"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e83 = "aie.objectfifo.subview.access"(%sv82) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e83) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_84, %c64_85, %c1_86) ({
      ^bb0(%iv_k_87: index):
        %sv88 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e89 = "aie.objectfifo.subview.access"(%sv88) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e89, %buf_gemm_1_4_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_4, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv90 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_1_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e91 = "aie.objectfifo.subview.access"(%sv90) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e91, %buf_gemm_1_4_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_1_4, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_1_4_va, %buf_gemm_1_4_vb, %e83) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv92 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_5, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e93 = "aie.objectfifo.subview.access"(%sv92) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_1_4_va, %e93) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_5, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv94 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e95 = "aie.objectfifo.subview.access"(%sv94) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_1_4_vb, %e95) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_4, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_5 = "aie.core"(%tile_2_5) ({
      %c0_96 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_97 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_98 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_96, %c64_97, %c1_98) ({
      ^bb0(%iv_k_99: index):
        %sv100 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_1_5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e101 = "aie.objectfifo.subview.access"(%sv100) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e101, %buf_gemm_1_5_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_1_5, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_5 = "aie.core"(%tile_3_5) ({
      %c0_102 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_103 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_104 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_102, %c64_103, %c1_104) ({
      ^bb0(%iv_k_105: index):
        %sv106 = "aie.objectfifo.acquire"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e107 = "aie.objectfifo.subview.access"(%sv106) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        %sv108 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e109 = "aie.objectfifo.subview.access"(%sv108) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e107, %e109) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "aie.objectfifo.release"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_4 = "aie.core"(%tile_3_4) ({
      %c0_112 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_113 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_114 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv110 = "aie.objectfifo.acquire"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e111 = "aie.objectfifo.subview.access"(%sv110) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e111) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_112, %c64_113, %c1_114) ({
      ^bb0(%iv_k_115: index):
        %sv116 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e117 = "aie.objectfifo.subview.access"(%sv116) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e117, %buf_gemm_2_1_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_1, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv118 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e119 = "aie.objectfifo.subview.access"(%sv118) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e119, %buf_gemm_2_1_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_1, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_2_1_va, %buf_gemm_2_1_vb, %e111) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv120 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e121 = "aie.objectfifo.subview.access"(%sv120) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_2_1_va, %e121) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_2, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv122 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e123 = "aie.objectfifo.subview.access"(%sv122) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_2_1_vb, %e123) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_3 = "aie.core"(%tile_3_3) ({
      %c0_126 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_127 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_128 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv124 = "aie.objectfifo.acquire"() {objFifo_name = @C_out11, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e125 = "aie.objectfifo.subview.access"(%sv124) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e125) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_126, %c64_127, %c1_128) ({
      ^bb0(%iv_k_129: index):
        %sv130 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e131 = "aie.objectfifo.subview.access"(%sv130) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e131, %buf_gemm_2_2_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_2, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv132 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e133 = "aie.objectfifo.subview.access"(%sv132) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e133, %buf_gemm_2_2_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_2, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_2_2_va, %buf_gemm_2_2_vb, %e125) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv134 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e135 = "aie.objectfifo.subview.access"(%sv134) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_2_2_va, %e135) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_3, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv136 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e137 = "aie.objectfifo.subview.access"(%sv136) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_2_2_vb, %e137) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_2, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out11, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_3 = "aie.core"(%tile_2_3) ({
      %c0_140 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_141 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_142 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv138 = "aie.objectfifo.acquire"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e139 = "aie.objectfifo.subview.access"(%sv138) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e139) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_140, %c64_141, %c1_142) ({
      ^bb0(%iv_k_143: index):
        %sv144 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e145 = "aie.objectfifo.subview.access"(%sv144) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e145, %buf_gemm_2_3_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_3, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv146 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e147 = "aie.objectfifo.subview.access"(%sv146) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e147, %buf_gemm_2_3_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_3, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_2_3_va, %buf_gemm_2_3_vb, %e139) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv148 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e149 = "aie.objectfifo.subview.access"(%sv148) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_2_3_va, %e149) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_4, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv150 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e151 = "aie.objectfifo.subview.access"(%sv150) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_2_3_vb, %e151) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_3, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_2 = "aie.core"(%tile_2_2) ({
      %c0_154 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_155 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_156 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv152 = "aie.objectfifo.acquire"() {objFifo_name = @C_out13, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e153 = "aie.objectfifo.subview.access"(%sv152) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e153) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_154, %c64_155, %c1_156) ({
      ^bb0(%iv_k_157: index):
        %sv158 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e159 = "aie.objectfifo.subview.access"(%sv158) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e159, %buf_gemm_2_4_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_4, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv160 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_2_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e161 = "aie.objectfifo.subview.access"(%sv160) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e161, %buf_gemm_2_4_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_2_4, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_2_4_va, %buf_gemm_2_4_vb, %e153) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv162 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_5, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e163 = "aie.objectfifo.subview.access"(%sv162) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_2_4_va, %e163) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_5, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv164 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e165 = "aie.objectfifo.subview.access"(%sv164) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_2_4_vb, %e165) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_4, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out13, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_2 = "aie.core"(%tile_3_2) ({
      %c0_166 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_167 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_168 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_166, %c64_167, %c1_168) ({
      ^bb0(%iv_k_169: index):
        %sv170 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_2_5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e171 = "aie.objectfifo.subview.access"(%sv170) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e171, %buf_gemm_2_5_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_2_5, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_5_5 = "aie.core"(%tile_5_5) ({
      %c0_172 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_173 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_174 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_172, %c64_173, %c1_174) ({
      ^bb0(%iv_k_175: index):
        %sv176 = "aie.objectfifo.acquire"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e177 = "aie.objectfifo.subview.access"(%sv176) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        %sv178 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e179 = "aie.objectfifo.subview.access"(%sv178) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e177, %e179) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "aie.objectfifo.release"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_4_5 = "aie.core"(%tile_4_5) ({
      %c0_182 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_183 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_184 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv180 = "aie.objectfifo.acquire"() {objFifo_name = @C_out15, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e181 = "aie.objectfifo.subview.access"(%sv180) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e181) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_182, %c64_183, %c1_184) ({
      ^bb0(%iv_k_185: index):
        %sv186 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e187 = "aie.objectfifo.subview.access"(%sv186) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e187, %buf_gemm_3_1_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_1, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv188 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e189 = "aie.objectfifo.subview.access"(%sv188) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e189, %buf_gemm_3_1_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_1, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_3_1_va, %buf_gemm_3_1_vb, %e181) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv190 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e191 = "aie.objectfifo.subview.access"(%sv190) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_3_1_va, %e191) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_2, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv192 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e193 = "aie.objectfifo.subview.access"(%sv192) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_3_1_vb, %e193) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out15, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_4_4 = "aie.core"(%tile_4_4) ({
      %c0_196 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_197 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_198 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv194 = "aie.objectfifo.acquire"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e195 = "aie.objectfifo.subview.access"(%sv194) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e195) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_196, %c64_197, %c1_198) ({
      ^bb0(%iv_k_199: index):
        %sv200 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e201 = "aie.objectfifo.subview.access"(%sv200) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e201, %buf_gemm_3_2_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_2, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv202 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e203 = "aie.objectfifo.subview.access"(%sv202) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e203, %buf_gemm_3_2_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_2, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_3_2_va, %buf_gemm_3_2_vb, %e195) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv204 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e205 = "aie.objectfifo.subview.access"(%sv204) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_3_2_va, %e205) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_3, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv206 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e207 = "aie.objectfifo.subview.access"(%sv206) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_3_2_vb, %e207) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_2, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_4_3 = "aie.core"(%tile_4_3) ({
      %c0_210 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_211 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_212 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv208 = "aie.objectfifo.acquire"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e209 = "aie.objectfifo.subview.access"(%sv208) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e209) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_210, %c64_211, %c1_212) ({
      ^bb0(%iv_k_213: index):
        %sv214 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e215 = "aie.objectfifo.subview.access"(%sv214) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e215, %buf_gemm_3_3_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_3, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv216 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e217 = "aie.objectfifo.subview.access"(%sv216) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e217, %buf_gemm_3_3_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_3, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_3_3_va, %buf_gemm_3_3_vb, %e209) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv218 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e219 = "aie.objectfifo.subview.access"(%sv218) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_3_3_va, %e219) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_4, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv220 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e221 = "aie.objectfifo.subview.access"(%sv220) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_3_3_vb, %e221) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_3, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_4_2 = "aie.core"(%tile_4_2) ({
      %c0_224 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_225 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_226 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv222 = "aie.objectfifo.acquire"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e223 = "aie.objectfifo.subview.access"(%sv222) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e223) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_224, %c64_225, %c1_226) ({
      ^bb0(%iv_k_227: index):
        %sv228 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e229 = "aie.objectfifo.subview.access"(%sv228) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e229, %buf_gemm_3_4_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_4, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv230 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_3_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e231 = "aie.objectfifo.subview.access"(%sv230) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e231, %buf_gemm_3_4_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_3_4, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_3_4_va, %buf_gemm_3_4_vb, %e223) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv232 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_5, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e233 = "aie.objectfifo.subview.access"(%sv232) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_3_4_va, %e233) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_5, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv234 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e235 = "aie.objectfifo.subview.access"(%sv234) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_3_4_vb, %e235) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_4, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_5_2 = "aie.core"(%tile_5_2) ({
      %c0_236 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_237 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_238 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_236, %c64_237, %c1_238) ({
      ^bb0(%iv_k_239: index):
        %sv240 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_3_5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e241 = "aie.objectfifo.subview.access"(%sv240) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e241, %buf_gemm_3_5_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_3_5, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_7_5 = "aie.core"(%tile_7_5) ({
      %c0_242 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_243 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_244 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_242, %c64_243, %c1_244) ({
      ^bb0(%iv_k_245: index):
        %sv246 = "aie.objectfifo.acquire"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e247 = "aie.objectfifo.subview.access"(%sv246) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        %sv248 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e249 = "aie.objectfifo.subview.access"(%sv248) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e247, %e249) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "aie.objectfifo.release"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_6_5 = "aie.core"(%tile_6_5) ({
      %c0_252 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_253 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_254 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv250 = "aie.objectfifo.acquire"() {objFifo_name = @C_out20, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e251 = "aie.objectfifo.subview.access"(%sv250) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e251) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_252, %c64_253, %c1_254) ({
      ^bb0(%iv_k_255: index):
        %sv256 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e257 = "aie.objectfifo.subview.access"(%sv256) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e257, %buf_gemm_4_1_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_1, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv258 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e259 = "aie.objectfifo.subview.access"(%sv258) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e259, %buf_gemm_4_1_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_1, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_4_1_va, %buf_gemm_4_1_vb, %e251) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv260 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e261 = "aie.objectfifo.subview.access"(%sv260) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_4_1_va, %e261) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_2, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv262 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e263 = "aie.objectfifo.subview.access"(%sv262) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_4_1_vb, %e263) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out20, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_5_4 = "aie.core"(%tile_5_4) ({
      %c0_266 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_267 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_268 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv264 = "aie.objectfifo.acquire"() {objFifo_name = @C_out21, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e265 = "aie.objectfifo.subview.access"(%sv264) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e265) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_266, %c64_267, %c1_268) ({
      ^bb0(%iv_k_269: index):
        %sv270 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e271 = "aie.objectfifo.subview.access"(%sv270) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e271, %buf_gemm_4_2_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_2, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv272 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e273 = "aie.objectfifo.subview.access"(%sv272) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e273, %buf_gemm_4_2_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_2, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_4_2_va, %buf_gemm_4_2_vb, %e265) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv274 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e275 = "aie.objectfifo.subview.access"(%sv274) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_4_2_va, %e275) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_3, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv276 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e277 = "aie.objectfifo.subview.access"(%sv276) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_4_2_vb, %e277) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_2, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out21, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_6_3 = "aie.core"(%tile_6_3) ({
      %c0_280 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_281 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_282 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv278 = "aie.objectfifo.acquire"() {objFifo_name = @C_out22, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e279 = "aie.objectfifo.subview.access"(%sv278) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e279) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_280, %c64_281, %c1_282) ({
      ^bb0(%iv_k_283: index):
        %sv284 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e285 = "aie.objectfifo.subview.access"(%sv284) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e285, %buf_gemm_4_3_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_3, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv286 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e287 = "aie.objectfifo.subview.access"(%sv286) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e287, %buf_gemm_4_3_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_3, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_4_3_va, %buf_gemm_4_3_vb, %e279) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv288 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e289 = "aie.objectfifo.subview.access"(%sv288) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_4_3_va, %e289) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_4, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv290 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e291 = "aie.objectfifo.subview.access"(%sv290) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_4_3_vb, %e291) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_3, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out22, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_7_3 = "aie.core"(%tile_7_3) ({
      %c0_294 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_295 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_296 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv292 = "aie.objectfifo.acquire"() {objFifo_name = @C_out23, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
      %e293 = "aie.objectfifo.subview.access"(%sv292) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
      "dsim.kernel_call"(%e293) {callee = @zero_f32} : (memref<1xf32>) -> ()
      "scf.for"(%c0_294, %c64_295, %c1_296) ({
      ^bb0(%iv_k_297: index):
        %sv298 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e299 = "aie.objectfifo.subview.access"(%sv298) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e299, %buf_gemm_4_4_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_4, port = 1 : i32, size = 1 : i32} : () -> ()
        %sv300 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_4_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e301 = "aie.objectfifo.subview.access"(%sv300) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e301, %buf_gemm_4_4_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_4_4, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_gemm_4_4_va, %buf_gemm_4_4_vb, %e293) {callee = @mac_f32_f32_f32} : (memref<1xf32>, memref<1xf32>, memref<1xf32>) -> ()
        %sv302 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_5, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e303 = "aie.objectfifo.subview.access"(%sv302) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_4_4_va, %e303) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_5, port = 0 : i32, size = 1 : i32} : () -> ()
        %sv304 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e305 = "aie.objectfifo.subview.access"(%sv304) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%buf_gemm_4_4_vb, %e305) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_4, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @C_out23, port = 0 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_7_2 = "aie.core"(%tile_7_2) ({
      %c0_306 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_307 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_308 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_306, %c64_307, %c1_308) ({
      ^bb0(%iv_k_309: index):
        %sv310 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_A_4_5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e311 = "aie.objectfifo.subview.access"(%sv310) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e311, %buf_gemm_4_5_va) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_A_4_5, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_6_4 = "aie.core"(%tile_6_4) ({
      %c0_312 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_313 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_314 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_312, %c64_313, %c1_314) ({
      ^bb0(%iv_k_315: index):
        %sv316 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e317 = "aie.objectfifo.subview.access"(%sv316) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e317, %buf_gemm_5_1_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_1, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_5_3 = "aie.core"(%tile_5_3) ({
      %c0_318 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_319 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_320 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_318, %c64_319, %c1_320) ({
      ^bb0(%iv_k_321: index):
        %sv322 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e323 = "aie.objectfifo.subview.access"(%sv322) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e323, %buf_gemm_5_2_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_2, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_6_2 = "aie.core"(%tile_6_2) ({
      %c0_324 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_325 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_326 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_324, %c64_325, %c1_326) ({
      ^bb0(%iv_k_327: index):
        %sv328 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e329 = "aie.objectfifo.subview.access"(%sv328) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e329, %buf_gemm_5_3_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_3, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_7_4 = "aie.core"(%tile_7_4) ({
      %c0_330 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c64_331 = "arith.constant"() <{value = 64 : index}> : () -> index
      %c1_332 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_330, %c64_331, %c1_332) ({
      ^bb0(%iv_k_333: index):
        %sv334 = "aie.objectfifo.acquire"() {objFifo_name = @fifo_B_5_4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<1xf32>>
        %e335 = "aie.objectfifo.subview.access"(%sv334) {index = 0 : i32} : (!aie.objectfifosubview<memref<1xf32>>) -> memref<1xf32>
        "dsim.kernel_call"(%e335, %buf_gemm_5_4_vb) {callee = @dsim_copy_f32_1} : (memref<1xf32>, memref<1xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @fifo_B_5_4, port = 1 : i32, size = 1 : i32} : () -> ()
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
