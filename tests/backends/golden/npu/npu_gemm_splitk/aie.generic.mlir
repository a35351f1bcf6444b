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
    %tile_0_1 = "aie.tile"() {col = 0 : i32, row = 1 : i32} : () -> index
    %tile_1_1 = "aie.tile"() {col = 1 : i32, row = 1 : i32} : () -> index
    %tile_2_1 = "aie.tile"() {col = 2 : i32, row = 1 : i32} : () -> index
    %tile_3_1 = "aie.tile"() {col = 3 : i32, row = 1 : i32} : () -> index
    %tile_0_2 = "aie.tile"() {col = 0 : i32, row = 2 : i32} : () -> index
    %tile_1_2 = "aie.tile"() {col = 1 : i32, row = 2 : i32} : () -> index
    %tile_2_2 = "aie.tile"() {col = 2 : i32, row = 2 : i32} : () -> index
    %tile_3_2 = "aie.tile"() {col = 3 : i32, row = 2 : i32} : () -> index
    %tile_0_3 = "aie.tile"() {col = 0 : i32, row = 3 : i32} : () -> index
    %tile_1_3 = "aie.tile"() {col = 1 : i32, row = 3 : i32} : () -> index
    %tile_2_3 = "aie.tile"() {col = 2 : i32, row = 3 : i32} : () -> index
    %tile_3_3 = "aie.tile"() {col = 3 : i32, row = 3 : i32} : () -> index
    %tile_0_4 = "aie.tile"() {col = 0 : i32, row = 4 : i32} : () -> index
    %tile_1_4 = "aie.tile"() {col = 1 : i32, row = 4 : i32} : () -> index
    %tile_2_4 = "aie.tile"() {col = 2 : i32, row = 4 : i32} : () -> index
    %tile_3_4 = "aie.tile"() {col = 3 : i32, row = 4 : i32} : () -> index
    %tile_0_5 = "aie.tile"() {col = 0 : i32, row = 5 : i32} : () -> index
    %tile_1_5 = "aie.tile"() {col = 1 : i32, row = 5 : i32} : () -> index
    %tile_2_5 = "aie.tile"() {col = 2 : i32, row = 5 : i32} : () -> index
    %tile_3_5 = "aie.tile"() {col = 3 : i32, row = 5 : i32} : () -> index
    %buf_gemm_0_0_0_c = "aie.buffer"(%tile_0_3) {sym_name = "gemm_0_0_0_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_0_0_1_c = "aie.buffer"(%tile_0_5) {sym_name = "gemm_0_0_1_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_0_0_2_c = "aie.buffer"(%tile_1_5) {sym_name = "gemm_0_0_2_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_0_0_3_c = "aie.buffer"(%tile_1_3) {sym_name = "gemm_0_0_3_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_0_1_0_c = "aie.buffer"(%tile_2_3) {sym_name = "gemm_0_1_0_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_0_1_1_c = "aie.buffer"(%tile_2_5) {sym_name = "gemm_0_1_1_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_0_1_2_c = "aie.buffer"(%tile_3_5) {sym_name = "gemm_0_1_2_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_0_1_3_c = "aie.buffer"(%tile_3_3) {sym_name = "gemm_0_1_3_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_1_0_0_c = "aie.buffer"(%tile_0_2) {sym_name = "gemm_1_0_0_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_1_0_1_c = "aie.buffer"(%tile_0_4) {sym_name = "gemm_1_0_1_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_1_0_2_c = "aie.buffer"(%tile_1_4) {sym_name = "gemm_1_0_2_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_1_0_3_c = "aie.buffer"(%tile_1_2) {sym_name = "gemm_1_0_3_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_1_1_0_c = "aie.buffer"(%tile_2_2) {sym_name = "gemm_1_1_0_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_1_1_1_c = "aie.buffer"(%tile_2_4) {sym_name = "gemm_1_1_1_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_1_1_2_c = "aie.buffer"(%tile_3_4) {sym_name = "gemm_1_1_2_c"} : (index) -> memref<64x32xi32>
    %buf_gemm_1_1_3_c = "aie.buffer"(%tile_3_2) {sym_name = "gemm_1_1_3_c"} : (index) -> memref<64x32xi32>
    "aie.objectfifo"(%tile_0_3, %tile_0_2) {sym_name = "pipe_0_0_0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_5, %tile_0_4) {sym_name = "pipe_0_0_1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_5, %tile_1_4) {sym_name = "pipe_0_0_2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_3, %tile_1_2) {sym_name = "pipe_0_0_3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_3, %tile_2_2) {sym_name = "pipe_0_1_0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_5, %tile_2_4) {sym_name = "pipe_0_1_1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_5, %tile_3_4) {sym_name = "pipe_0_1_2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_3, %tile_3_2) {sym_name = "pipe_0_1_3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_0, %tile_0_1) {sym_name = "A_in0_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_3, %tile_0_5, %tile_1_5, %tile_1_3) {sym_name = "A_in0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in0_L2], fifoOuts = [@A_in0], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_0, %tile_0_1) {sym_name = "B_in1_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<2048xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_3, %tile_2_3) {sym_name = "B_in1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x32xi16>>} : (index, index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_2, %tile_2_2) {sym_name = "B_in7", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x32xi16>>} : (index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in1_L2], fifoOuts = [@B_in1, @B_in7], src_offsets = array<i64>, dst_offsets = array<i64: 0, 1024>} : () -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "B_in2_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<2048xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_0_5, %tile_2_5) {sym_name = "B_in2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x32xi16>>} : (index, index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_0_4, %tile_2_4) {sym_name = "B_in9", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x32xi16>>} : (index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in2_L2], fifoOuts = [@B_in2, @B_in9], src_offsets = array<i64>, dst_offsets = array<i64: 0, 1024>} : () -> ()
    "aie.objectfifo"(%tile_2_0, %tile_2_1) {sym_name = "B_in3_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<2048xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_1_5, %tile_3_5) {sym_name = "B_in3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x32xi16>>} : (index, index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_1_4, %tile_3_4) {sym_name = "B_in11", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x32xi16>>} : (index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in3_L2], fifoOuts = [@B_in3, @B_in11], src_offsets = array<i64>, dst_offsets = array<i64: 0, 1024>} : () -> ()
    "aie.objectfifo"(%tile_3_0, %tile_3_1) {sym_name = "B_in4_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<2048xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_1_3, %tile_3_3) {sym_name = "B_in4", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x32xi16>>} : (index, index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_1_2, %tile_3_2) {sym_name = "B_in13", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x32xi16>>} : (index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in4_L2], fifoOuts = [@B_in4, @B_in13], src_offsets = array<i64>, dst_offsets = array<i64: 0, 1024>} : () -> ()
    "aie.objectfifo"(%tile_2_0, %tile_2_1) {sym_name = "A_in5_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_3, %tile_2_5, %tile_3_5, %tile_3_3) {sym_name = "A_in5", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in5_L2], fifoOuts = [@A_in5], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "A_in6_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_0_2, %tile_0_4, %tile_1_4, %tile_1_2) {sym_name = "A_in6", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in6_L2], fifoOuts = [@A_in6], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_2, %tile_0_1) {sym_name = "C_out8", elemNumber = 1 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_0) {sym_name = "C_out7_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out8], fifoOuts = [@C_out7_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_4, %tile_0_1) {sym_name = "C_out10", elemNumber = 1 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_0) {sym_name = "C_out8_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out10], fifoOuts = [@C_out8_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_4, %tile_1_1) {sym_name = "C_out12", elemNumber = 1 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_0) {sym_name = "C_out9_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out12], fifoOuts = [@C_out9_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_2, %tile_1_1) {sym_name = "C_out14", elemNumber = 1 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_0) {sym_name = "C_out10_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out14], fifoOuts = [@C_out10_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_0, %tile_3_1) {sym_name = "A_in11_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_2_2, %tile_2_4, %tile_3_4, %tile_3_2) {sym_name = "A_in15", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in11_L2], fifoOuts = [@A_in15], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_2, %tile_2_1) {sym_name = "C_out16", elemNumber = 1 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_0) {sym_name = "C_out12_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out16], fifoOuts = [@C_out12_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_4, %tile_2_1) {sym_name = "C_out17", elemNumber = 1 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_0) {sym_name = "C_out13_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out17], fifoOuts = [@C_out13_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_4, %tile_3_1) {sym_name = "C_out18", elemNumber = 1 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_0) {sym_name = "C_out14_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out18], fifoOuts = [@C_out14_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_2, %tile_3_1) {sym_name = "C_out19", elemNumber = 1 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_0) {sym_name = "C_out15_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x32xi32>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out19], fifoOuts = [@C_out15_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "func.func"() <{function_type = (memref<64x32xi32>) -> (), sym_name = "zero_i32", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> (), sym_name = "matmul_acc_i16_i16_i32", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<64x32xi32>, memref<64x32xi32>) -> (), sym_name = "dsim_copy_i32_2048", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    %core_0_3 = "aie.core"(%tile_0_3) ({
      %c0_0 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_1 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_2 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_5 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_0, %c2_1, %c1_2) ({
      ^bb0(%iv_mi_3: index):
        "scf.for"(%c0_0, %c2_1, %c1_2) ({
        ^bb0(%iv_ni_4: index):
          "dsim.kernel_call"(%buf_gemm_0_0_0_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
          "scf.for"(%c0_0, %c4_5, %c1_2) ({
          ^bb0(%iv_ki_6: index):
            %sv7 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e8 = "aie.objectfifo.subview.access"(%sv7) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv9 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e10 = "aie.objectfifo.subview.access"(%sv9) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e8, %e10, %buf_gemm_0_0_0_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv11 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e12 = "aie.objectfifo.subview.access"(%sv11) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_0_0_0_c, %e12) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_0, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_5 = "aie.core"(%tile_0_5) ({
      %c0_13 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_14 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_15 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_18 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_13, %c2_14, %c1_15) ({
      ^bb0(%iv_mi_16: index):
        "scf.for"(%c0_13, %c2_14, %c1_15) ({
        ^bb0(%iv_ni_17: index):
          "dsim.kernel_call"(%buf_gemm_0_0_1_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
          "scf.for"(%c0_13, %c4_18, %c1_15) ({
          ^bb0(%iv_ki_19: index):
            %sv20 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e21 = "aie.objectfifo.subview.access"(%sv20) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv22 = "aie.objectfifo.acquire"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e23 = "aie.objectfifo.subview.access"(%sv22) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e21, %e23, %buf_gemm_0_0_1_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv24 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e25 = "aie.objectfifo.subview.access"(%sv24) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_0_0_1_c, %e25) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_5 = "aie.core"(%tile_1_5) ({
      %c0_26 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_27 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_28 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_31 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_26, %c2_27, %c1_28) ({
      ^bb0(%iv_mi_29: index):
        "scf.for"(%c0_26, %c2_27, %c1_28) ({
        ^bb0(%iv_ni_30: index):
          "dsim.kernel_call"(%buf_gemm_0_0_2_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
          "scf.for"(%c0_26, %c4_31, %c1_28) ({
          ^bb0(%iv_ki_32: index):
            %sv33 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e34 = "aie.objectfifo.subview.access"(%sv33) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv35 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e36 = "aie.objectfifo.subview.access"(%sv35) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e34, %e36, %buf_gemm_0_0_2_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv37 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e38 = "aie.objectfifo.subview.access"(%sv37) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_0_0_2_c, %e38) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_39 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_40 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_41 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_44 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_39, %c2_40, %c1_41) ({
      ^bb0(%iv_mi_42: index):
        "scf.for"(%c0_39, %c2_40, %c1_41) ({
        ^bb0(%iv_ni_43: index):
          "dsim.kernel_call"(%buf_gemm_0_0_3_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
          "scf.for"(%c0_39, %c4_44, %c1_41) ({
          ^bb0(%iv_ki_45: index):
            %sv46 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e47 = "aie.objectfifo.subview.access"(%sv46) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv48 = "aie.objectfifo.acquire"() {objFifo_name = @B_in4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e49 = "aie.objectfifo.subview.access"(%sv48) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e47, %e49, %buf_gemm_0_0_3_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in4, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv50 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e51 = "aie.objectfifo.subview.access"(%sv50) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_0_0_3_c, %e51) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_3 = "aie.core"(%tile_2_3) ({
      %c0_52 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_53 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_54 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_57 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_52, %c2_53, %c1_54) ({
      ^bb0(%iv_mi_55: index):
        "scf.for"(%c0_52, %c2_53, %c1_54) ({
        ^bb0(%iv_ni_56: index):
          "dsim.kernel_call"(%buf_gemm_0_1_0_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
          "scf.for"(%c0_52, %c4_57, %c1_54) ({
          ^bb0(%iv_ki_58: index):
            %sv59 = "aie.objectfifo.acquire"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e60 = "aie.objectfifo.subview.access"(%sv59) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv61 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e62 = "aie.objectfifo.subview.access"(%sv61) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e60, %e62, %buf_gemm_0_1_0_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv63 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e64 = "aie.objectfifo.subview.access"(%sv63) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_0_1_0_c, %e64) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_0, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_5 = "aie.core"(%tile_2_5) ({
      %c0_65 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_66 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_67 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_70 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_65, %c2_66, %c1_67) ({
      ^bb0(%iv_mi_68: index):
        "scf.for"(%c0_65, %c2_66, %c1_67) ({
        ^bb0(%iv_ni_69: index):
          "dsim.kernel_call"(%buf_gemm_0_1_1_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
          "scf.for"(%c0_65, %c4_70, %c1_67) ({
          ^bb0(%iv_ki_71: index):
            %sv72 = "aie.objectfifo.acquire"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e73 = "aie.objectfifo.subview.access"(%sv72) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv74 = "aie.objectfifo.acquire"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e75 = "aie.objectfifo.subview.access"(%sv74) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e73, %e75, %buf_gemm_0_1_1_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv76 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e77 = "aie.objectfifo.subview.access"(%sv76) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_0_1_1_c, %e77) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_5 = "aie.core"(%tile_3_5) ({
      %c0_78 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_79 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_80 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_83 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_78, %c2_79, %c1_80) ({
      ^bb0(%iv_mi_81: index):
        "scf.for"(%c0_78, %c2_79, %c1_80) ({
        ^bb0(%iv_ni_82: index):
          "dsim.kernel_call"(%buf_gemm_0_1_2_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
          "scf.for"(%c0_78, %c4_83, %c1_80) ({
          ^bb0(%iv_ki_84: index):
            %sv85 = "aie.objectfifo.acquire"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e86 = "aie.objectfifo.subview.access"(%sv85) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv87 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e88 = "aie.objectfifo.subview.access"(%sv87) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e86, %e88, %buf_gemm_0_1_2_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv89 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e90 = "aie.objectfifo.subview.access"(%sv89) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_0_1_2_c, %e90) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_3 = "aie.core"(%tile_3_3) ({
      %c0_91 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_92 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_93 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_96 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_91, %c2_92, %c1_93) ({
      ^bb0(%iv_mi_94: index):
        "scf.for"(%c0_91, %c2_92, %c1_93) ({
        ^bb0(%iv_ni_95: index):
          "dsim.kernel_call"(%buf_gemm_0_1_3_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
          "scf.for"(%c0_91, %c4_96, %c1_93) ({
          ^bb0(%iv_ki_97: index):
            %sv98 = "aie.objectfifo.acquire"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e99 = "aie.objectfifo.subview.access"(%sv98) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv100 = "aie.objectfifo.acquire"() {objFifo_name = @B_in4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e101 = "aie.objectfifo.subview.access"(%sv100) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e99, %e101, %buf_gemm_0_1_3_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in4, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv102 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e103 = "aie.objectfifo.subview.access"(%sv102) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_0_1_3_c, %e103) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_2 = "aie.core"(%tile_0_2) ({
      %c0_104 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_105 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_106 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_111 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_104, %c2_105, %c1_106) ({
      ^bb0(%iv_mi_107: index):
        "scf.for"(%c0_104, %c2_105, %c1_106) ({
        ^bb0(%iv_ni_108: index):
          %sv109 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e110 = "aie.objectfifo.subview.access"(%sv109) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%e110, %buf_gemm_1_0_0_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_0, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_104, %c4_111, %c1_106) ({
          ^bb0(%iv_ki_112: index):
            %sv113 = "aie.objectfifo.acquire"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e114 = "aie.objectfifo.subview.access"(%sv113) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv115 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e116 = "aie.objectfifo.subview.access"(%sv115) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e114, %e116, %buf_gemm_1_0_0_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv117 = "aie.objectfifo.acquire"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e118 = "aie.objectfifo.subview.access"(%sv117) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_1_0_0_c, %e118) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_4 = "aie.core"(%tile_0_4) ({
      %c0_119 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_120 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_121 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_126 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_119, %c2_120, %c1_121) ({
      ^bb0(%iv_mi_122: index):
        "scf.for"(%c0_119, %c2_120, %c1_121) ({
        ^bb0(%iv_ni_123: index):
          %sv124 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e125 = "aie.objectfifo.subview.access"(%sv124) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%e125, %buf_gemm_1_0_1_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_119, %c4_126, %c1_121) ({
          ^bb0(%iv_ki_127: index):
            %sv128 = "aie.objectfifo.acquire"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e129 = "aie.objectfifo.subview.access"(%sv128) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv130 = "aie.objectfifo.acquire"() {objFifo_name = @B_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e131 = "aie.objectfifo.subview.access"(%sv130) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e129, %e131, %buf_gemm_1_0_1_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in9, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv132 = "aie.objectfifo.acquire"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e133 = "aie.objectfifo.subview.access"(%sv132) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_1_0_1_c, %e133) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_4 = "aie.core"(%tile_1_4) ({
      %c0_134 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_135 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_136 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_141 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_134, %c2_135, %c1_136) ({
      ^bb0(%iv_mi_137: index):
        "scf.for"(%c0_134, %c2_135, %c1_136) ({
        ^bb0(%iv_ni_138: index):
          %sv139 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e140 = "aie.objectfifo.subview.access"(%sv139) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%e140, %buf_gemm_1_0_2_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_134, %c4_141, %c1_136) ({
          ^bb0(%iv_ki_142: index):
            %sv143 = "aie.objectfifo.acquire"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e144 = "aie.objectfifo.subview.access"(%sv143) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv145 = "aie.objectfifo.acquire"() {objFifo_name = @B_in11, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e146 = "aie.objectfifo.subview.access"(%sv145) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e144, %e146, %buf_gemm_1_0_2_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in11, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv147 = "aie.objectfifo.acquire"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e148 = "aie.objectfifo.subview.access"(%sv147) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_1_0_2_c, %e148) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_2 = "aie.core"(%tile_1_2) ({
      %c0_149 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_150 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_151 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_156 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_149, %c2_150, %c1_151) ({
      ^bb0(%iv_mi_152: index):
        "scf.for"(%c0_149, %c2_150, %c1_151) ({
        ^bb0(%iv_ni_153: index):
          %sv154 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e155 = "aie.objectfifo.subview.access"(%sv154) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%e155, %buf_gemm_1_0_3_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_149, %c4_156, %c1_151) ({
          ^bb0(%iv_ki_157: index):
            %sv158 = "aie.objectfifo.acquire"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e159 = "aie.objectfifo.subview.access"(%sv158) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv160 = "aie.objectfifo.acquire"() {objFifo_name = @B_in13, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e161 = "aie.objectfifo.subview.access"(%sv160) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e159, %e161, %buf_gemm_1_0_3_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in13, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv162 = "aie.objectfifo.acquire"() {objFifo_name = @C_out14, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e163 = "aie.objectfifo.subview.access"(%sv162) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_1_0_3_c, %e163) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out14, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_2 = "aie.core"(%tile_2_2) ({
      %c0_164 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_165 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_166 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_171 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_164, %c2_165, %c1_166) ({
      ^bb0(%iv_mi_167: index):
        "scf.for"(%c0_164, %c2_165, %c1_166) ({
        ^bb0(%iv_ni_168: index):
          %sv169 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e170 = "aie.objectfifo.subview.access"(%sv169) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%e170, %buf_gemm_1_1_0_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_0, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_164, %c4_171, %c1_166) ({
          ^bb0(%iv_ki_172: index):
            %sv173 = "aie.objectfifo.acquire"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e174 = "aie.objectfifo.subview.access"(%sv173) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv175 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e176 = "aie.objectfifo.subview.access"(%sv175) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e174, %e176, %buf_gemm_1_1_0_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv177 = "aie.objectfifo.acquire"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e178 = "aie.objectfifo.subview.access"(%sv177) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_1_1_0_c, %e178) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_4 = "aie.core"(%tile_2_4) ({
      %c0_179 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_180 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_181 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_186 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_179, %c2_180, %c1_181) ({
      ^bb0(%iv_mi_182: index):
        "scf.for"(%c0_179, %c2_180, %c1_181) ({
        ^bb0(%iv_ni_183: index):
          %sv184 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e185 = "aie.objectfifo.subview.access"(%sv184) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%e185, %buf_gemm_1_1_1_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_179, %c4_186, %c1_181) ({
          ^bb0(%iv_ki_187: index):
            %sv188 = "aie.objectfifo.acquire"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e189 = "aie.objectfifo.subview.access"(%sv188) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv190 = "aie.objectfifo.acquire"() {objFifo_name = @B_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e191 = "aie.objectfifo.subview.access"(%sv190) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e189, %e191, %buf_gemm_1_1_1_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in9, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv192 = "aie.objectfifo.acquire"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e193 = "aie.objectfifo.subview.access"(%sv192) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_1_1_1_c, %e193) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_4 = "aie.core"(%tile_3_4) ({
      %c0_194 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_195 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_196 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_201 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_194, %c2_195, %c1_196) ({
      ^bb0(%iv_mi_197: index):
        "scf.for"(%c0_194, %c2_195, %c1_196) ({
        ^bb0(%iv_ni_198: index):
          %sv199 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e200 = "aie.objectfifo.subview.access"(%sv199) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%e200, %buf_gemm_1_1_2_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_194, %c4_201, %c1_196) ({
          ^bb0(%iv_ki_202: index):
            %sv203 = "aie.objectfifo.acquire"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e204 = "aie.objectfifo.subview.access"(%sv203) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv205 = "aie.objectfifo.acquire"() {objFifo_name = @B_in11, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e206 = "aie.objectfifo.subview.access"(%sv205) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e204, %e206, %buf_gemm_1_1_2_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in11, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv207 = "aie.objectfifo.acquire"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e208 = "aie.objectfifo.subview.access"(%sv207) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_1_1_2_c, %e208) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_2 = "aie.core"(%tile_3_2) ({
      %c0_209 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_210 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_211 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_216 = "arith.constant"() <{value = 4 : index}> : () -> index
      "scf.for"(%c0_209, %c2_210, %c1_211) ({
      ^bb0(%iv_mi_212: index):
        "scf.for"(%c0_209, %c2_210, %c1_211) ({
        ^bb0(%iv_ni_213: index):
          %sv214 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e215 = "aie.objectfifo.subview.access"(%sv214) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%e215, %buf_gemm_1_1_3_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_209, %c4_216, %c1_211) ({
          ^bb0(%iv_ki_217: index):
            %sv218 = "aie.objectfifo.acquire"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
            %e219 = "aie.objectfifo.subview.access"(%sv218) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
            %sv220 = "aie.objectfifo.acquire"() {objFifo_name = @B_in13, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
            %e221 = "aie.objectfifo.subview.access"(%sv220) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
            "dsim.kernel_call"(%e219, %e221, %buf_gemm_1_1_3_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in13, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv222 = "aie.objectfifo.acquire"() {objFifo_name = @C_out19, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
          %e223 = "aie.objectfifo.subview.access"(%sv222) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
          "dsim.kernel_call"(%buf_gemm_1_1_3_c, %e223) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out19, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    "aie.runtime_sequence"() ({
    ^bb0(%arg_A: memref<65536xi16>, %arg_B: memref<65536xi16>, %arg_C: memref<65536xi32>):
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 0 : i64, issue_token = false, metadata = @A_in0_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 64, 32>, static_strides = array<i64: 0, 32, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 1 : i64, issue_token = false, metadata = @A_in0_L2, static_offsets = array<i64: 0, 0, 0, 16384>, static_sizes = array<i64: 2, 4, 64, 32>, static_strides = array<i64: 0, 32, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 2 : i64, issue_token = false, metadata = @B_in1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 3 : i64, issue_token = false, metadata = @B_in1_L2, static_offsets = array<i64: 0, 0, 0, 32>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 4 : i64, issue_token = false, metadata = @B_in1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 5 : i64, issue_token = false, metadata = @B_in1_L2, static_offsets = array<i64: 0, 0, 0, 32>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 0 : i64, issue_token = false, metadata = @B_in2_L2, static_offsets = array<i64: 0, 0, 0, 64>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 1 : i64, issue_token = false, metadata = @B_in2_L2, static_offsets = array<i64: 0, 0, 0, 96>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 2 : i64, issue_token = false, metadata = @B_in2_L2, static_offsets = array<i64: 0, 0, 0, 64>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 3 : i64, issue_token = false, metadata = @B_in2_L2, static_offsets = array<i64: 0, 0, 0, 96>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 0 : i64, issue_token = false, metadata = @B_in3_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 1 : i64, issue_token = false, metadata = @B_in3_L2, static_offsets = array<i64: 0, 0, 0, 160>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 2 : i64, issue_token = false, metadata = @B_in3_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 3 : i64, issue_token = false, metadata = @B_in3_L2, static_offsets = array<i64: 0, 0, 0, 160>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 0 : i64, issue_token = false, metadata = @B_in4_L2, static_offsets = array<i64: 0, 0, 0, 192>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 1 : i64, issue_token = false, metadata = @B_in4_L2, static_offsets = array<i64: 0, 0, 0, 224>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 2 : i64, issue_token = false, metadata = @B_in4_L2, static_offsets = array<i64: 0, 0, 0, 192>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 3 : i64, issue_token = false, metadata = @B_in4_L2, static_offsets = array<i64: 0, 0, 0, 224>, static_sizes = array<i64: 4, 2, 32, 32>, static_strides = array<i64: 8192, 32768, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 4 : i64, issue_token = false, metadata = @A_in5_L2, static_offsets = array<i64: 0, 0, 0, 32768>, static_sizes = array<i64: 2, 4, 64, 32>, static_strides = array<i64: 0, 32, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 5 : i64, issue_token = false, metadata = @A_in5_L2, static_offsets = array<i64: 0, 0, 0, 49152>, static_sizes = array<i64: 2, 4, 64, 32>, static_strides = array<i64: 0, 32, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 4 : i64, issue_token = false, metadata = @A_in6_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 2, 4, 64, 32>, static_strides = array<i64: 0, 32, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 5 : i64, issue_token = false, metadata = @A_in6_L2, static_offsets = array<i64: 0, 0, 0, 16512>, static_sizes = array<i64: 2, 4, 64, 32>, static_strides = array<i64: 0, 32, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 6 : i64, issue_token = true, metadata = @C_out7_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 2, 64, 32>, static_strides = array<i64: 16384, 32, 256, 1>} : (memref<65536xi32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 7 : i64, issue_token = true, metadata = @C_out8_L2, static_offsets = array<i64: 0, 0, 0, 64>, static_sizes = array<i64: 2, 2, 64, 32>, static_strides = array<i64: 16384, 32, 256, 1>} : (memref<65536xi32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 6 : i64, issue_token = true, metadata = @C_out9_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 2, 2, 64, 32>, static_strides = array<i64: 16384, 32, 256, 1>} : (memref<65536xi32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 7 : i64, issue_token = true, metadata = @C_out10_L2, static_offsets = array<i64: 0, 0, 0, 192>, static_sizes = array<i64: 2, 2, 64, 32>, static_strides = array<i64: 16384, 32, 256, 1>} : (memref<65536xi32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 4 : i64, issue_token = false, metadata = @A_in11_L2, static_offsets = array<i64: 0, 0, 0, 32896>, static_sizes = array<i64: 2, 4, 64, 32>, static_strides = array<i64: 0, 32, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 5 : i64, issue_token = false, metadata = @A_in11_L2, static_offsets = array<i64: 0, 0, 0, 49280>, static_sizes = array<i64: 2, 4, 64, 32>, static_strides = array<i64: 0, 32, 256, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 6 : i64, issue_token = true, metadata = @C_out12_L2, static_offsets = array<i64: 0, 0, 0, 32768>, static_sizes = array<i64: 2, 2, 64, 32>, static_strides = array<i64: 16384, 32, 256, 1>} : (memref<65536xi32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 7 : i64, issue_token = true, metadata = @C_out13_L2, static_offsets = array<i64: 0, 0, 0, 32832>, static_sizes = array<i64: 2, 2, 64, 32>, static_strides = array<i64: 16384, 32, 256, 1>} : (memref<65536xi32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 6 : i64, issue_token = true, metadata = @C_out14_L2, static_offsets = array<i64: 0, 0, 0, 32896>, static_sizes = array<i64: 2, 2, 64, 32>, static_strides = array<i64: 16384, 32, 256, 1>} : (memref<65536xi32>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 7 : i64, issue_token = true, metadata = @C_out15_L2, static_offsets = array<i64: 0, 0, 0, 32960>, static_sizes = array<i64: 2, 2, 64, 32>, static_strides = array<i64: 16384, 32, 256, 1>} : (memref<65536xi32>) -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out7_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out8_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out9_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out10_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out12_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out13_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out14_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out15_L2} : () -> ()
    }) : () -> ()
  }) {device = #aie<device npu1>} : () -> ()
}) : () -> ()
