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
    %buf_qk_0_ktT = "aie.buffer"(%tile_0_2) {sym_name = "qk_0_ktT"} : (index) -> memref<64x128xbf16>
    %buf_qk_0_sc = "aie.buffer"(%tile_0_2) {sym_name = "qk_0_sc"} : (index) -> memref<8x128xf32>
    %buf_qk_1_ktT = "aie.buffer"(%tile_3_2) {sym_name = "qk_1_ktT"} : (index) -> memref<64x128xbf16>
    %buf_qk_1_sc = "aie.buffer"(%tile_3_2) {sym_name = "qk_1_sc"} : (index) -> memref<8x128xf32>
    %buf_qk_2_ktT = "aie.buffer"(%tile_1_3) {sym_name = "qk_2_ktT"} : (index) -> memref<64x128xbf16>
    %buf_qk_2_sc = "aie.buffer"(%tile_1_3) {sym_name = "qk_2_sc"} : (index) -> memref<8x128xf32>
    %buf_qk_3_ktT = "aie.buffer"(%tile_1_4) {sym_name = "qk_3_ktT"} : (index) -> memref<64x128xbf16>
    %buf_qk_3_sc = "aie.buffer"(%tile_1_4) {sym_name = "qk_3_sc"} : (index) -> memref<8x128xf32>
    %buf_sm_0_sc = "aie.buffer"(%tile_1_2) {sym_name = "sm_0_sc"} : (index) -> memref<8x128xf32>
    %buf_sm_0_pf = "aie.buffer"(%tile_1_2) {sym_name = "sm_0_pf"} : (index) -> memref<8x128xf32>
    %buf_sm_0_pb = "aie.buffer"(%tile_1_2) {sym_name = "sm_0_pb"} : (index) -> memref<8x128xbf16>
    %buf_sm_1_sc = "aie.buffer"(%tile_3_3) {sym_name = "sm_1_sc"} : (index) -> memref<8x128xf32>
    %buf_sm_1_pf = "aie.buffer"(%tile_3_3) {sym_name = "sm_1_pf"} : (index) -> memref<8x128xf32>
    %buf_sm_1_pb = "aie.buffer"(%tile_3_3) {sym_name = "sm_1_pb"} : (index) -> memref<8x128xbf16>
    %buf_sm_2_sc = "aie.buffer"(%tile_0_3) {sym_name = "sm_2_sc"} : (index) -> memref<8x128xf32>
    %buf_sm_2_pf = "aie.buffer"(%tile_0_3) {sym_name = "sm_2_pf"} : (index) -> memref<8x128xf32>
    %buf_sm_2_pb = "aie.buffer"(%tile_0_3) {sym_name = "sm_2_pb"} : (index) -> memref<8x128xbf16>
    %buf_sm_3_sc = "aie.buffer"(%tile_2_4) {sym_name = "sm_3_sc"} : (index) -> memref<8x128xf32>
    %buf_sm_3_pf = "aie.buffer"(%tile_2_4) {sym_name = "sm_3_pf"} : (index) -> memref<8x128xf32>
    %buf_sm_3_pb = "aie.buffer"(%tile_2_4) {sym_name = "sm_3_pb"} : (index) -> memref<8x128xbf16>
    %buf_pv_0_pb = "aie.buffer"(%tile_2_2) {sym_name = "pv_0_pb"} : (index) -> memref<8x128xbf16>
    %buf_pv_0_of = "aie.buffer"(%tile_2_2) {sym_name = "pv_0_of"} : (index) -> memref<8x64xf32>
    %buf_pv_1_pb = "aie.buffer"(%tile_2_3) {sym_name = "pv_1_pb"} : (index) -> memref<8x128xbf16>
    %buf_pv_1_of = "aie.buffer"(%tile_2_3) {sym_name = "pv_1_of"} : (index) -> memref<8x64xf32>
    %buf_pv_2_pb = "aie.buffer"(%tile_0_4) {sym_name = "pv_2_pb"} : (index) -> memref<8x128xbf16>
    %buf_pv_2_of = "aie.buffer"(%tile_0_4) {sym_name = "pv_2_of"} : (index) -> memref<8x64xf32>
    %buf_pv_3_pb = "aie.buffer"(%tile_3_4) {sym_name = "pv_3_pb"} : (index) -> memref<8x128xbf16>
    %buf_pv_3_of = "aie.buffer"(%tile_3_4) {sym_name = "pv_3_of"} : (index) -> memref<8x64xf32>
    "aie.objectfifo"(%tile_0_2, %tile_1_2) {sym_name = "scores_0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x128xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_2, %tile_3_3) {sym_name = "scores_1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x128xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_3, %tile_0_3) {sym_name = "scores_2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x128xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_4, %tile_2_4) {sym_name = "scores_3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x128xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_2, %tile_2_2) {sym_name = "probs_0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_3, %tile_2_3) {sym_name = "probs_1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_3, %tile_0_4) {sym_name = "probs_2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_4, %tile_3_4) {sym_name = "probs_3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_0, %tile_0_1) {sym_name = "Q_in0_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_2) {sym_name = "Q_in0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@Q_in0_L2], fifoOuts = [@Q_in0], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_0, %tile_0_1) {sym_name = "K_in1_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_2) {sym_name = "K_in1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@K_in1_L2], fifoOuts = [@K_in1], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_0, %tile_3_1) {sym_name = "Q_in2_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_2) {sym_name = "Q_in2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@Q_in2_L2], fifoOuts = [@Q_in2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_0, %tile_3_1) {sym_name = "K_in3_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_2) {sym_name = "K_in3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@K_in3_L2], fifoOuts = [@K_in3], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "Q_in4_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_3) {sym_name = "Q_in4", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@Q_in4_L2], fifoOuts = [@Q_in4], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_0, %tile_2_1) {sym_name = "K_in5_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16384xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_1_3) {sym_name = "K_in5", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_1_4) {sym_name = "K_in7", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@K_in5_L2], fifoOuts = [@K_in5, @K_in7], src_offsets = array<i64>, dst_offsets = array<i64: 0, 8192>} : () -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "Q_in6_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_4) {sym_name = "Q_in6", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@Q_in6_L2], fifoOuts = [@Q_in6], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_0, %tile_2_1) {sym_name = "V_in7_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32768xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_2) {sym_name = "V_in8", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_3) {sym_name = "V_in10", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_0_4) {sym_name = "V_in12", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_3_4) {sym_name = "V_in14", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@V_in7_L2], fifoOuts = [@V_in8, @V_in10, @V_in12, @V_in14], src_offsets = array<i64>, dst_offsets = array<i64: 0, 8192, 16384, 24576>} : () -> ()
    "aie.objectfifo"(%tile_2_2, %tile_1_1) {sym_name = "O_out9", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_0) {sym_name = "O_out8_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@O_out9], fifoOuts = [@O_out8_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_3, %tile_3_1) {sym_name = "O_out11", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_0) {sym_name = "O_out9_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@O_out11], fifoOuts = [@O_out9_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_4, %tile_0_1) {sym_name = "O_out13", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_0) {sym_name = "O_out10_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@O_out13], fifoOuts = [@O_out10_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_4, %tile_3_1) {sym_name = "O_out15", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_0) {sym_name = "O_out11_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@O_out15], fifoOuts = [@O_out11_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "func.func"() <{function_type = (memref<128x64xbf16>, memref<64x128xbf16>) -> (), sym_name = "transpose_bf16_bf16", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<8x64xbf16>, memref<64x128xbf16>, memref<8x128xf32>) -> (), sym_name = "matmul_bf16_bf16_f32", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<8x128xf32>, memref<8x128xf32>) -> (), sym_name = "scale_f32_f32", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<8x128xf32>, memref<8x128xf32>) -> (), sym_name = "dsim_copy_f32_1024", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<8x128xf32>, memref<8x128xf32>) -> (), sym_name = "softmax_f32_f32", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<8x128xf32>, memref<8x128xbf16>) -> (), sym_name = "cast_f32_bf16", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<8x128xbf16>, memref<8x128xbf16>) -> (), sym_name = "dsim_copy_bf16_1024", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<8x128xbf16>, memref<128x64xbf16>, memref<8x64xf32>) -> (), sym_name = "matmul_bf16_bf16_f32_2", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<8x64xf32>, memref<8x64xbf16>) -> (), sym_name = "cast_f32_bf16_2", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    %core_0_2 = "aie.core"(%tile_0_2) ({
      %c0_2 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_3 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_4 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_10 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_2, %c9223372036854775807_10, %c1_4) ({
      ^bb0(%run11: index):
        %sv0 = "aie.objectfifo.acquire"() {objFifo_name = @K_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
        %e1 = "aie.objectfifo.subview.access"(%sv0) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
        "dsim.kernel_call"(%e1, %buf_qk_0_ktT) {callee = @transpose_bf16_bf16} : (memref<128x64xbf16>, memref<64x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @K_in1, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.for"(%c0_2, %c16_3, %c1_4) ({
        ^bb0(%iv_t_5: index):
          %sv6 = "aie.objectfifo.acquire"() {objFifo_name = @Q_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
          %e7 = "aie.objectfifo.subview.access"(%sv6) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
          "dsim.kernel_call"(%e7, %buf_qk_0_ktT, %buf_qk_0_sc) {callee = @matmul_bf16_bf16_f32} : (memref<8x64xbf16>, memref<64x128xbf16>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @Q_in0, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_qk_0_sc, %buf_qk_0_sc) {callee = @scale_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          %sv8 = "aie.objectfifo.acquire"() {objFifo_name = @scores_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
          %e9 = "aie.objectfifo.subview.access"(%sv8) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
          "dsim.kernel_call"(%buf_qk_0_sc, %e9) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @scores_0, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_2 = "aie.core"(%tile_3_2) ({
      %c0_14 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_15 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_16 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_22 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_14, %c9223372036854775807_22, %c1_16) ({
      ^bb0(%run23: index):
        %sv12 = "aie.objectfifo.acquire"() {objFifo_name = @K_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
        %e13 = "aie.objectfifo.subview.access"(%sv12) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
        "dsim.kernel_call"(%e13, %buf_qk_1_ktT) {callee = @transpose_bf16_bf16} : (memref<128x64xbf16>, memref<64x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @K_in3, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.for"(%c0_14, %c16_15, %c1_16) ({
        ^bb0(%iv_t_17: index):
          %sv18 = "aie.objectfifo.acquire"() {objFifo_name = @Q_in2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
          %e19 = "aie.objectfifo.subview.access"(%sv18) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
          "dsim.kernel_call"(%e19, %buf_qk_1_ktT, %buf_qk_1_sc) {callee = @matmul_bf16_bf16_f32} : (memref<8x64xbf16>, memref<64x128xbf16>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @Q_in2, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_qk_1_sc, %buf_qk_1_sc) {callee = @scale_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          %sv20 = "aie.objectfifo.acquire"() {objFifo_name = @scores_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
          %e21 = "aie.objectfifo.subview.access"(%sv20) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
          "dsim.kernel_call"(%buf_qk_1_sc, %e21) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @scores_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_26 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_27 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_28 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_34 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_26, %c9223372036854775807_34, %c1_28) ({
      ^bb0(%run35: index):
        %sv24 = "aie.objectfifo.acquire"() {objFifo_name = @K_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
        %e25 = "aie.objectfifo.subview.access"(%sv24) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
        "dsim.kernel_call"(%e25, %buf_qk_2_ktT) {callee = @transpose_bf16_bf16} : (memref<128x64xbf16>, memref<64x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @K_in5, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.for"(%c0_26, %c16_27, %c1_28) ({
        ^bb0(%iv_t_29: index):
          %sv30 = "aie.objectfifo.acquire"() {objFifo_name = @Q_in4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
          %e31 = "aie.objectfifo.subview.access"(%sv30) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
          "dsim.kernel_call"(%e31, %buf_qk_2_ktT, %buf_qk_2_sc) {callee = @matmul_bf16_bf16_f32} : (memref<8x64xbf16>, memref<64x128xbf16>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @Q_in4, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_qk_2_sc, %buf_qk_2_sc) {callee = @scale_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          %sv32 = "aie.objectfifo.acquire"() {objFifo_name = @scores_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
          %e33 = "aie.objectfifo.subview.access"(%sv32) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
          "dsim.kernel_call"(%buf_qk_2_sc, %e33) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @scores_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_4 = "aie.core"(%tile_1_4) ({
      %c0_38 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_39 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_40 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_46 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_38, %c9223372036854775807_46, %c1_40) ({
      ^bb0(%run47: index):
        %sv36 = "aie.objectfifo.acquire"() {objFifo_name = @K_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
        %e37 = "aie.objectfifo.subview.access"(%sv36) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
        "dsim.kernel_call"(%e37, %buf_qk_3_ktT) {callee = @transpose_bf16_bf16} : (memref<128x64xbf16>, memref<64x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @K_in7, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.for"(%c0_38, %c16_39, %c1_40) ({
        ^bb0(%iv_t_41: index):
          %sv42 = "aie.objectfifo.acquire"() {objFifo_name = @Q_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
          %e43 = "aie.objectfifo.subview.access"(%sv42) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
          "dsim.kernel_call"(%e43, %buf_qk_3_ktT, %buf_qk_3_sc) {callee = @matmul_bf16_bf16_f32} : (memref<8x64xbf16>, memref<64x128xbf16>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @Q_in6, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_qk_3_sc, %buf_qk_3_sc) {callee = @scale_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          %sv44 = "aie.objectfifo.acquire"() {objFifo_name = @scores_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
          %e45 = "aie.objectfifo.subview.access"(%sv44) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
          "dsim.kernel_call"(%buf_qk_3_sc, %e45) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @scores_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_2 = "aie.core"(%tile_1_2) ({
      %c0_48 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_49 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_50 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_56 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_48, %c9223372036854775807_56, %c1_50) ({
      ^bb0(%run57: index):
        "scf.for"(%c0_48, %c16_49, %c1_50) ({
        ^bb0(%iv_t_51: index):
          %sv52 = "aie.objectfifo.acquire"() {objFifo_name = @scores_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
          %e53 = "aie.objectfifo.subview.access"(%sv52) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
          "dsim.kernel_call"(%e53, %buf_sm_0_sc) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @scores_0, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_sm_0_sc, %buf_sm_0_pf) {callee = @softmax_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "dsim.kernel_call"(%buf_sm_0_pf, %buf_sm_0_pb) {callee = @cast_f32_bf16} : (memref<8x128xf32>, memref<8x128xbf16>) -> ()
          %sv54 = "aie.objectfifo.acquire"() {objFifo_name = @probs_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
          %e55 = "aie.objectfifo.subview.access"(%sv54) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
          "dsim.kernel_call"(%buf_sm_0_pb, %e55) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @probs_0, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_3 = "aie.core"(%tile_3_3) ({
      %c0_58 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_59 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_60 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_66 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_58, %c9223372036854775807_66, %c1_60) ({
      ^bb0(%run67: index):
        "scf.for"(%c0_58, %c16_59, %c1_60) ({
        ^bb0(%iv_t_61: index):
          %sv62 = "aie.objectfifo.acquire"() {objFifo_name = @scores_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
          %e63 = "aie.objectfifo.subview.access"(%sv62) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
          "dsim.kernel_call"(%e63, %buf_sm_1_sc) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @scores_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_sm_1_sc, %buf_sm_1_pf) {callee = @softmax_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "dsim.kernel_call"(%buf_sm_1_pf, %buf_sm_1_pb) {callee = @cast_f32_bf16} : (memref<8x128xf32>, memref<8x128xbf16>) -> ()
          %sv64 = "aie.objectfifo.acquire"() {objFifo_name = @probs_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
          %e65 = "aie.objectfifo.subview.access"(%sv64) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
          "dsim.kernel_call"(%buf_sm_1_pb, %e65) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @probs_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_3 = "aie.core"(%tile_0_3) ({
      %c0_68 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_69 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_70 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_76 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_68, %c9223372036854775807_76, %c1_70) ({
      ^bb0(%run77: index):
        "scf.for"(%c0_68, %c16_69, %c1_70) ({
        ^bb0(%iv_t_71: index):
          %sv72 = "aie.objectfifo.acquire"() {objFifo_name = @scores_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
          %e73 = "aie.objectfifo.subview.access"(%sv72) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
          "dsim.kernel_call"(%e73, %buf_sm_2_sc) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @scores_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_sm_2_sc, %buf_sm_2_pf) {callee = @softmax_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "dsim.kernel_call"(%buf_sm_2_pf, %buf_sm_2_pb) {callee = @cast_f32_bf16} : (memref<8x128xf32>, memref<8x128xbf16>) -> ()
          %sv74 = "aie.objectfifo.acquire"() {objFifo_name = @probs_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
          %e75 = "aie.objectfifo.subview.access"(%sv74) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
          "dsim.kernel_call"(%buf_sm_2_pb, %e75) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @probs_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_4 = "aie.core"(%tile_2_4) ({
      %c0_78 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_79 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_80 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_86 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_78, %c9223372036854775807_86, %c1_80) ({
      ^bb0(%run87: index):
        "scf.for"(%c0_78, %c16_79, %c1_80) ({
        ^bb0(%iv_t_81: index):
          %sv82 = "aie.objectfifo.acquire"() {objFifo_name = @scores_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
          %e83 = "aie.objectfifo.subview.access"(%sv82) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
          "dsim.kernel_call"(%e83, %buf_sm_3_sc) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @scores_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_sm_3_sc, %buf_sm_3_pf) {callee = @softmax_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
          "dsim.kernel_call"(%buf_sm_3_pf, %buf_sm_3_pb) {callee = @cast_f32_bf16} : (memref<8x128xf32>, memref<8x128xbf16>) -> ()
          %sv84 = "aie.objectfifo.acquire"() {objFifo_name = @probs_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
          %e85 = "aie.objectfifo.subview.access"(%sv84) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
          "dsim.kernel_call"(%buf_sm_3_pb, %e85) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @probs_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_2 = "aie.core"(%tile_2_2) ({
      %c0_90 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_91 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_92 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_98 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_90, %c9223372036854775807_98, %c1_92) ({
      ^bb0(%run99: index):
        %sv88 = "aie.objectfifo.acquire"() {objFifo_name = @V_in8, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
        %e89 = "aie.objectfifo.subview.access"(%sv88) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
        "scf.for"(%c0_90, %c16_91, %c1_92) ({
        ^bb0(%iv_t_93: index):
          %sv94 = "aie.objectfifo.acquire"() {objFifo_name = @probs_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
          %e95 = "aie.objectfifo.subview.access"(%sv94) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
          "dsim.kernel_call"(%e95, %buf_pv_0_pb) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @probs_0, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_pv_0_pb, %e89, %buf_pv_0_of) {callee = @matmul_bf16_bf16_f32_2} : (memref<8x128xbf16>, memref<128x64xbf16>, memref<8x64xf32>) -> ()
          %sv96 = "aie.objectfifo.acquire"() {objFifo_name = @O_out9, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
          %e97 = "aie.objectfifo.subview.access"(%sv96) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
          "dsim.kernel_call"(%buf_pv_0_of, %e97) {callee = @cast_f32_bf16_2} : (memref<8x64xf32>, memref<8x64xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @O_out9, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @V_in8, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_3 = "aie.core"(%tile_2_3) ({
      %c0_102 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_103 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_104 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_110 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_102, %c9223372036854775807_110, %c1_104) ({
      ^bb0(%run111: index):
        %sv100 = "aie.objectfifo.acquire"() {objFifo_name = @V_in10, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
        %e101 = "aie.objectfifo.subview.access"(%sv100) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
        "scf.for"(%c0_102, %c16_103, %c1_104) ({
        ^bb0(%iv_t_105: index):
          %sv106 = "aie.objectfifo.acquire"() {objFifo_name = @probs_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
          %e107 = "aie.objectfifo.subview.access"(%sv106) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
          "dsim.kernel_call"(%e107, %buf_pv_1_pb) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @probs_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_pv_1_pb, %e101, %buf_pv_1_of) {callee = @matmul_bf16_bf16_f32_2} : (memref<8x128xbf16>, memref<128x64xbf16>, memref<8x64xf32>) -> ()
          %sv108 = "aie.objectfifo.acquire"() {objFifo_name = @O_out11, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
          %e109 = "aie.objectfifo.subview.access"(%sv108) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
          "dsim.kernel_call"(%buf_pv_1_of, %e109) {callee = @cast_f32_bf16_2} : (memref<8x64xf32>, memref<8x64xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @O_out11, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @V_in10, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_4 = "aie.core"(%tile_0_4) ({
      %c0_114 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_115 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_116 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_122 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_114, %c9223372036854775807_122, %c1_116) ({
      ^bb0(%run123: index):
        %sv112 = "aie.objectfifo.acquire"() {objFifo_name = @V_in12, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
        %e113 = "aie.objectfifo.subview.access"(%sv112) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
        "scf.for"(%c0_114, %c16_115, %c1_116) ({
        ^bb0(%iv_t_117: index):
          %sv118 = "aie.objectfifo.acquire"() {objFifo_name = @probs_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
          %e119 = "aie.objectfifo.subview.access"(%sv118) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
          "dsim.kernel_call"(%e119, %buf_pv_2_pb) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @probs_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_pv_2_pb, %e113, %buf_pv_2_of) {callee = @matmul_bf16_bf16_f32_2} : (memref<8x128xbf16>, memref<128x64xbf16>, memref<8x64xf32>) -> ()
          %sv120 = "aie.objectfifo.acquire"() {objFifo_name = @O_out13, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
          %e121 = "aie.objectfifo.subview.access"(%sv120) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
          "dsim.kernel_call"(%buf_pv_2_of, %e121) {callee = @cast_f32_bf16_2} : (memref<8x64xf32>, memref<8x64xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @O_out13, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @V_in12, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_4 = "aie.core"(%tile_3_4) ({
      %c0_126 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_127 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_128 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_134 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_126, %c9223372036854775807_134, %c1_128) ({
      ^bb0(%run135: index):
        %sv124 = "aie.objectfifo.acquire"() {objFifo_name = @V_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
        %e125 = "aie.objectfifo.subview.access"(%sv124) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
        "scf.for"(%c0_126, %c16_127, %c1_128) ({
        ^bb0(%iv_t_129: index):
          %sv130 = "aie.objectfifo.acquire"() {objFifo_name = @probs_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
          %e131 = "aie.objectfifo.subview.access"(%sv130) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
          "dsim.kernel_call"(%e131, %buf_pv_3_pb) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @probs_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_pv_3_pb, %e125, %buf_pv_3_of) {callee = @matmul_bf16_bf16_f32_2} : (memref<8x128xbf16>, memref<128x64xbf16>, memref<8x64xf32>) -> ()
          %sv132 = "aie.objectfifo.acquire"() {objFifo_name = @O_out15, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
          %e133 = "aie.objectfifo.subview.access"(%sv132) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
          "dsim.kernel_call"(%buf_pv_3_of, %e133) {callee = @cast_f32_bf16_2} : (memref<8x64xf32>, memref<8x64xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @O_out15, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "aie.objectfifo.release"() {objFifo_name = @V_in14, port = 1 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    "aie.runtime_sequence"() ({
    ^bb0(%arg_Q: memref<32768xbf16>, %arg_K: memref<32768xbf16>, %arg_V: memref<32768xbf16>, %arg_O: memref<32768xbf16>):
      "aiex.npu.dma_memcpy_nd"(%arg_Q) {id = 0 : i64, issue_token = false, metadata = @Q_in0_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 1, 16, 512>, static_strides = array<i64: 0, 0, 512, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_K) {id = 1 : i64, issue_token = false, metadata = @K_in1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 1, 128, 64>, static_strides = array<i64: 0, 0, 64, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_Q) {id = 0 : i64, issue_token = false, metadata = @Q_in2_L2, static_offsets = array<i64: 0, 0, 0, 8192>, static_sizes = array<i64: 1, 1, 16, 512>, static_strides = array<i64: 0, 0, 512, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_K) {id = 1 : i64, issue_token = false, metadata = @K_in3_L2, static_offsets = array<i64: 0, 0, 0, 8192>, static_sizes = array<i64: 1, 1, 128, 64>, static_strides = array<i64: 0, 0, 64, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_Q) {id = 0 : i64, issue_token = false, metadata = @Q_in4_L2, static_offsets = array<i64: 0, 0, 0, 16384>, static_sizes = array<i64: 1, 1, 16, 512>, static_strides = array<i64: 0, 0, 512, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_K) {id = 0 : i64, issue_token = false, metadata = @K_in5_L2, static_offsets = array<i64: 0, 0, 0, 16384>, static_sizes = array<i64: 1, 2, 128, 64>, static_strides = array<i64: 0, 8192, 64, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_Q) {id = 1 : i64, issue_token = false, metadata = @Q_in6_L2, static_offsets = array<i64: 0, 0, 0, 24576>, static_sizes = array<i64: 1, 1, 16, 512>, static_strides = array<i64: 0, 0, 512, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_V) {id = 1 : i64, issue_token = false, metadata = @V_in7_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 4, 128, 64>, static_strides = array<i64: 0, 8192, 64, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_O) {id = 2 : i64, issue_token = true, metadata = @O_out8_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 1, 16, 512>, static_strides = array<i64: 0, 0, 512, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_O) {id = 2 : i64, issue_token = true, metadata = @O_out9_L2, static_offsets = array<i64: 0, 0, 0, 8192>, static_sizes = array<i64: 1, 1, 16, 512>, static_strides = array<i64: 0, 0, 512, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_O) {id = 2 : i64, issue_token = true, metadata = @O_out10_L2, static_offsets = array<i64: 0, 0, 0, 16384>, static_sizes = array<i64: 1, 1, 16, 512>, static_strides = array<i64: 0, 0, 512, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_O) {id = 3 : i64, issue_token = true, metadata = @O_out11_L2, static_offsets = array<i64: 0, 0, 0, 24576>, static_sizes = array<i64: 1, 1, 16, 512>, static_strides = array<i64: 0, 0, 512, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_wait"() {symbol = @O_out8_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @O_out9_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @O_out10_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @O_out11_L2} : () -> ()
    }) : () -> ()
  }) {device = #aie<device npu1>} : () -> ()
}) : () -> ()
