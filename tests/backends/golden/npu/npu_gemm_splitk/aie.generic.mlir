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
      %c9223372036854775807_13 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_0, %c9223372036854775807_13, %c1_2) ({
      ^bb0(%run14: index):
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
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_5 = "aie.core"(%tile_0_5) ({
      %c0_15 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_16 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_17 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_20 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_28 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_15, %c9223372036854775807_28, %c1_17) ({
      ^bb0(%run29: index):
        "scf.for"(%c0_15, %c2_16, %c1_17) ({
        ^bb0(%iv_mi_18: index):
          "scf.for"(%c0_15, %c2_16, %c1_17) ({
          ^bb0(%iv_ni_19: index):
            "dsim.kernel_call"(%buf_gemm_0_0_1_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
            "scf.for"(%c0_15, %c4_20, %c1_17) ({
            ^bb0(%iv_ki_21: index):
              %sv22 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e23 = "aie.objectfifo.subview.access"(%sv22) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv24 = "aie.objectfifo.acquire"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e25 = "aie.objectfifo.subview.access"(%sv24) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e23, %e25, %buf_gemm_0_0_1_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv26 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e27 = "aie.objectfifo.subview.access"(%sv26) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_0_0_1_c, %e27) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_1, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_5 = "aie.core"(%tile_1_5) ({
      %c0_30 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_31 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_32 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_35 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_43 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_30, %c9223372036854775807_43, %c1_32) ({
      ^bb0(%run44: index):
        "scf.for"(%c0_30, %c2_31, %c1_32) ({
        ^bb0(%iv_mi_33: index):
          "scf.for"(%c0_30, %c2_31, %c1_32) ({
          ^bb0(%iv_ni_34: index):
            "dsim.kernel_call"(%buf_gemm_0_0_2_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
            "scf.for"(%c0_30, %c4_35, %c1_32) ({
            ^bb0(%iv_ki_36: index):
              %sv37 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e38 = "aie.objectfifo.subview.access"(%sv37) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv39 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e40 = "aie.objectfifo.subview.access"(%sv39) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e38, %e40, %buf_gemm_0_0_2_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv41 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e42 = "aie.objectfifo.subview.access"(%sv41) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_0_0_2_c, %e42) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_2, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_45 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_46 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_47 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_50 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_58 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_45, %c9223372036854775807_58, %c1_47) ({
      ^bb0(%run59: index):
        "scf.for"(%c0_45, %c2_46, %c1_47) ({
        ^bb0(%iv_mi_48: index):
          "scf.for"(%c0_45, %c2_46, %c1_47) ({
          ^bb0(%iv_ni_49: index):
            "dsim.kernel_call"(%buf_gemm_0_0_3_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
            "scf.for"(%c0_45, %c4_50, %c1_47) ({
            ^bb0(%iv_ki_51: index):
              %sv52 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e53 = "aie.objectfifo.subview.access"(%sv52) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv54 = "aie.objectfifo.acquire"() {objFifo_name = @B_in4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e55 = "aie.objectfifo.subview.access"(%sv54) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e53, %e55, %buf_gemm_0_0_3_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in4, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv56 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e57 = "aie.objectfifo.subview.access"(%sv56) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_0_0_3_c, %e57) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_3, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_3 = "aie.core"(%tile_2_3) ({
      %c0_60 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_61 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_62 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_65 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_73 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_60, %c9223372036854775807_73, %c1_62) ({
      ^bb0(%run74: index):
        "scf.for"(%c0_60, %c2_61, %c1_62) ({
        ^bb0(%iv_mi_63: index):
          "scf.for"(%c0_60, %c2_61, %c1_62) ({
          ^bb0(%iv_ni_64: index):
            "dsim.kernel_call"(%buf_gemm_0_1_0_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
            "scf.for"(%c0_60, %c4_65, %c1_62) ({
            ^bb0(%iv_ki_66: index):
              %sv67 = "aie.objectfifo.acquire"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e68 = "aie.objectfifo.subview.access"(%sv67) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv69 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e70 = "aie.objectfifo.subview.access"(%sv69) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e68, %e70, %buf_gemm_0_1_0_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv71 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e72 = "aie.objectfifo.subview.access"(%sv71) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_0_1_0_c, %e72) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_0, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_5 = "aie.core"(%tile_2_5) ({
      %c0_75 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_76 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_77 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_80 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_88 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_75, %c9223372036854775807_88, %c1_77) ({
      ^bb0(%run89: index):
        "scf.for"(%c0_75, %c2_76, %c1_77) ({
        ^bb0(%iv_mi_78: index):
          "scf.for"(%c0_75, %c2_76, %c1_77) ({
          ^bb0(%iv_ni_79: index):
            "dsim.kernel_call"(%buf_gemm_0_1_1_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
            "scf.for"(%c0_75, %c4_80, %c1_77) ({
            ^bb0(%iv_ki_81: index):
              %sv82 = "aie.objectfifo.acquire"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e83 = "aie.objectfifo.subview.access"(%sv82) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv84 = "aie.objectfifo.acquire"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e85 = "aie.objectfifo.subview.access"(%sv84) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e83, %e85, %buf_gemm_0_1_1_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in2, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv86 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e87 = "aie.objectfifo.subview.access"(%sv86) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_0_1_1_c, %e87) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_1, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_5 = "aie.core"(%tile_3_5) ({
      %c0_90 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_91 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_92 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_95 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_103 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_90, %c9223372036854775807_103, %c1_92) ({
      ^bb0(%run104: index):
        "scf.for"(%c0_90, %c2_91, %c1_92) ({
        ^bb0(%iv_mi_93: index):
          "scf.for"(%c0_90, %c2_91, %c1_92) ({
          ^bb0(%iv_ni_94: index):
            "dsim.kernel_call"(%buf_gemm_0_1_2_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
            "scf.for"(%c0_90, %c4_95, %c1_92) ({
            ^bb0(%iv_ki_96: index):
              %sv97 = "aie.objectfifo.acquire"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e98 = "aie.objectfifo.subview.access"(%sv97) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv99 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e100 = "aie.objectfifo.subview.access"(%sv99) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e98, %e100, %buf_gemm_0_1_2_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv101 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e102 = "aie.objectfifo.subview.access"(%sv101) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_0_1_2_c, %e102) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_2, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_3 = "aie.core"(%tile_3_3) ({
      %c0_105 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_106 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_107 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_110 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_118 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_105, %c9223372036854775807_118, %c1_107) ({
      ^bb0(%run119: index):
        "scf.for"(%c0_105, %c2_106, %c1_107) ({
        ^bb0(%iv_mi_108: index):
          "scf.for"(%c0_105, %c2_106, %c1_107) ({
          ^bb0(%iv_ni_109: index):
            "dsim.kernel_call"(%buf_gemm_0_1_3_c) {callee = @zero_i32} : (memref<64x32xi32>) -> ()
            "scf.for"(%c0_105, %c4_110, %c1_107) ({
            ^bb0(%iv_ki_111: index):
              %sv112 = "aie.objectfifo.acquire"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e113 = "aie.objectfifo.subview.access"(%sv112) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv114 = "aie.objectfifo.acquire"() {objFifo_name = @B_in4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e115 = "aie.objectfifo.subview.access"(%sv114) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e113, %e115, %buf_gemm_0_1_3_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in5, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in4, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv116 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e117 = "aie.objectfifo.subview.access"(%sv116) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_0_1_3_c, %e117) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_3, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_2 = "aie.core"(%tile_0_2) ({
      %c0_120 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_121 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_122 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_127 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_135 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_120, %c9223372036854775807_135, %c1_122) ({
      ^bb0(%run136: index):
        "scf.for"(%c0_120, %c2_121, %c1_122) ({
        ^bb0(%iv_mi_123: index):
          "scf.for"(%c0_120, %c2_121, %c1_122) ({
          ^bb0(%iv_ni_124: index):
            %sv125 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e126 = "aie.objectfifo.subview.access"(%sv125) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%e126, %buf_gemm_1_0_0_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_0, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.for"(%c0_120, %c4_127, %c1_122) ({
            ^bb0(%iv_ki_128: index):
              %sv129 = "aie.objectfifo.acquire"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e130 = "aie.objectfifo.subview.access"(%sv129) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv131 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e132 = "aie.objectfifo.subview.access"(%sv131) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e130, %e132, %buf_gemm_1_0_0_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv133 = "aie.objectfifo.acquire"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e134 = "aie.objectfifo.subview.access"(%sv133) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_1_0_0_c, %e134) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_4 = "aie.core"(%tile_0_4) ({
      %c0_137 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_138 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_139 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_144 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_152 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_137, %c9223372036854775807_152, %c1_139) ({
      ^bb0(%run153: index):
        "scf.for"(%c0_137, %c2_138, %c1_139) ({
        ^bb0(%iv_mi_140: index):
          "scf.for"(%c0_137, %c2_138, %c1_139) ({
          ^bb0(%iv_ni_141: index):
            %sv142 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e143 = "aie.objectfifo.subview.access"(%sv142) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%e143, %buf_gemm_1_0_1_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_1, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.for"(%c0_137, %c4_144, %c1_139) ({
            ^bb0(%iv_ki_145: index):
              %sv146 = "aie.objectfifo.acquire"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e147 = "aie.objectfifo.subview.access"(%sv146) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv148 = "aie.objectfifo.acquire"() {objFifo_name = @B_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e149 = "aie.objectfifo.subview.access"(%sv148) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e147, %e149, %buf_gemm_1_0_1_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in9, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv150 = "aie.objectfifo.acquire"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e151 = "aie.objectfifo.subview.access"(%sv150) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_1_0_1_c, %e151) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_4 = "aie.core"(%tile_1_4) ({
      %c0_154 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_155 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_156 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_161 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_169 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_154, %c9223372036854775807_169, %c1_156) ({
      ^bb0(%run170: index):
        "scf.for"(%c0_154, %c2_155, %c1_156) ({
        ^bb0(%iv_mi_157: index):
          "scf.for"(%c0_154, %c2_155, %c1_156) ({
          ^bb0(%iv_ni_158: index):
            %sv159 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e160 = "aie.objectfifo.subview.access"(%sv159) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%e160, %buf_gemm_1_0_2_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_2, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.for"(%c0_154, %c4_161, %c1_156) ({
            ^bb0(%iv_ki_162: index):
              %sv163 = "aie.objectfifo.acquire"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e164 = "aie.objectfifo.subview.access"(%sv163) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv165 = "aie.objectfifo.acquire"() {objFifo_name = @B_in11, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e166 = "aie.objectfifo.subview.access"(%sv165) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e164, %e166, %buf_gemm_1_0_2_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in11, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv167 = "aie.objectfifo.acquire"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e168 = "aie.objectfifo.subview.access"(%sv167) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_1_0_2_c, %e168) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_2 = "aie.core"(%tile_1_2) ({
      %c0_171 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_172 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_173 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_178 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_186 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_171, %c9223372036854775807_186, %c1_173) ({
      ^bb0(%run187: index):
        "scf.for"(%c0_171, %c2_172, %c1_173) ({
        ^bb0(%iv_mi_174: index):
          "scf.for"(%c0_171, %c2_172, %c1_173) ({
          ^bb0(%iv_ni_175: index):
            %sv176 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_0_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e177 = "aie.objectfifo.subview.access"(%sv176) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%e177, %buf_gemm_1_0_3_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_0_3, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.for"(%c0_171, %c4_178, %c1_173) ({
            ^bb0(%iv_ki_179: index):
              %sv180 = "aie.objectfifo.acquire"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e181 = "aie.objectfifo.subview.access"(%sv180) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv182 = "aie.objectfifo.acquire"() {objFifo_name = @B_in13, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e183 = "aie.objectfifo.subview.access"(%sv182) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e181, %e183, %buf_gemm_1_0_3_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in6, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in13, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv184 = "aie.objectfifo.acquire"() {objFifo_name = @C_out14, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e185 = "aie.objectfifo.subview.access"(%sv184) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_1_0_3_c, %e185) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out14, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_2 = "aie.core"(%tile_2_2) ({
      %c0_188 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_189 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_190 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_195 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_203 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_188, %c9223372036854775807_203, %c1_190) ({
      ^bb0(%run204: index):
        "scf.for"(%c0_188, %c2_189, %c1_190) ({
        ^bb0(%iv_mi_191: index):
          "scf.for"(%c0_188, %c2_189, %c1_190) ({
          ^bb0(%iv_ni_192: index):
            %sv193 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e194 = "aie.objectfifo.subview.access"(%sv193) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%e194, %buf_gemm_1_1_0_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_0, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.for"(%c0_188, %c4_195, %c1_190) ({
            ^bb0(%iv_ki_196: index):
              %sv197 = "aie.objectfifo.acquire"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e198 = "aie.objectfifo.subview.access"(%sv197) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv199 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e200 = "aie.objectfifo.subview.access"(%sv199) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e198, %e200, %buf_gemm_1_1_0_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv201 = "aie.objectfifo.acquire"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e202 = "aie.objectfifo.subview.access"(%sv201) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_1_1_0_c, %e202) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_4 = "aie.core"(%tile_2_4) ({
      %c0_205 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_206 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_207 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_212 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_220 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_205, %c9223372036854775807_220, %c1_207) ({
      ^bb0(%run221: index):
        "scf.for"(%c0_205, %c2_206, %c1_207) ({
        ^bb0(%iv_mi_208: index):
          "scf.for"(%c0_205, %c2_206, %c1_207) ({
          ^bb0(%iv_ni_209: index):
            %sv210 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e211 = "aie.objectfifo.subview.access"(%sv210) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%e211, %buf_gemm_1_1_1_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_1, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.for"(%c0_205, %c4_212, %c1_207) ({
            ^bb0(%iv_ki_213: index):
              %sv214 = "aie.objectfifo.acquire"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e215 = "aie.objectfifo.subview.access"(%sv214) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv216 = "aie.objectfifo.acquire"() {objFifo_name = @B_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e217 = "aie.objectfifo.subview.access"(%sv216) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e215, %e217, %buf_gemm_1_1_1_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in9, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv218 = "aie.objectfifo.acquire"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e219 = "aie.objectfifo.subview.access"(%sv218) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_1_1_1_c, %e219) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_4 = "aie.core"(%tile_3_4) ({
      %c0_222 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_223 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_224 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_229 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_237 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_222, %c9223372036854775807_237, %c1_224) ({
      ^bb0(%run238: index):
        "scf.for"(%c0_222, %c2_223, %c1_224) ({
        ^bb0(%iv_mi_225: index):
          "scf.for"(%c0_222, %c2_223, %c1_224) ({
          ^bb0(%iv_ni_226: index):
            %sv227 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e228 = "aie.objectfifo.subview.access"(%sv227) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%e228, %buf_gemm_1_1_2_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_2, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.for"(%c0_222, %c4_229, %c1_224) ({
            ^bb0(%iv_ki_230: index):
              %sv231 = "aie.objectfifo.acquire"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e232 = "aie.objectfifo.subview.access"(%sv231) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv233 = "aie.objectfifo.acquire"() {objFifo_name = @B_in11, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e234 = "aie.objectfifo.subview.access"(%sv233) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e232, %e234, %buf_gemm_1_1_2_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in11, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv235 = "aie.objectfifo.acquire"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e236 = "aie.objectfifo.subview.access"(%sv235) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_1_1_2_c, %e236) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_2 = "aie.core"(%tile_3_2) ({
      %c0_239 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_240 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_241 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_246 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_254 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_239, %c9223372036854775807_254, %c1_241) ({
      ^bb0(%run255: index):
        "scf.for"(%c0_239, %c2_240, %c1_241) ({
        ^bb0(%iv_mi_242: index):
          "scf.for"(%c0_239, %c2_240, %c1_241) ({
          ^bb0(%iv_ni_243: index):
            %sv244 = "aie.objectfifo.acquire"() {objFifo_name = @pipe_0_1_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e245 = "aie.objectfifo.subview.access"(%sv244) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%e245, %buf_gemm_1_1_3_c) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @pipe_0_1_3, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.for"(%c0_239, %c4_246, %c1_241) ({
            ^bb0(%iv_ki_247: index):
              %sv248 = "aie.objectfifo.acquire"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi16>>
              %e249 = "aie.objectfifo.subview.access"(%sv248) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi16>>) -> memref<64x32xi16>
              %sv250 = "aie.objectfifo.acquire"() {objFifo_name = @B_in13, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x32xi16>>
              %e251 = "aie.objectfifo.subview.access"(%sv250) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x32xi16>>) -> memref<32x32xi16>
              "dsim.kernel_call"(%e249, %e251, %buf_gemm_1_1_3_c) {callee = @matmul_acc_i16_i16_i32} : (memref<64x32xi16>, memref<32x32xi16>, memref<64x32xi32>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in15, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in13, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            %sv252 = "aie.objectfifo.acquire"() {objFifo_name = @C_out19, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x32xi32>>
            %e253 = "aie.objectfifo.subview.access"(%sv252) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x32xi32>>) -> memref<64x32xi32>
            "dsim.kernel_call"(%buf_gemm_1_1_3_c, %e253) {callee = @dsim_copy_i32_2048} : (memref<64x32xi32>, memref<64x32xi32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out19, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
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
