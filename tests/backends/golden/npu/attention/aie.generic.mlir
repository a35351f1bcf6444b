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
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_2 = "aie.core"(%tile_3_2) ({
      %c0_12 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_13 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_14 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv10 = "aie.objectfifo.acquire"() {objFifo_name = @K_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
      %e11 = "aie.objectfifo.subview.access"(%sv10) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
      "dsim.kernel_call"(%e11, %buf_qk_1_ktT) {callee = @transpose_bf16_bf16} : (memref<128x64xbf16>, memref<64x128xbf16>) -> ()
      "aie.objectfifo.release"() {objFifo_name = @K_in3, port = 1 : i32, size = 1 : i32} : () -> ()
      "scf.for"(%c0_12, %c16_13, %c1_14) ({
      ^bb0(%iv_t_15: index):
        %sv16 = "aie.objectfifo.acquire"() {objFifo_name = @Q_in2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
        %e17 = "aie.objectfifo.subview.access"(%sv16) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
        "dsim.kernel_call"(%e17, %buf_qk_1_ktT, %buf_qk_1_sc) {callee = @matmul_bf16_bf16_f32} : (memref<8x64xbf16>, memref<64x128xbf16>, memref<8x128xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @Q_in2, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_qk_1_sc, %buf_qk_1_sc) {callee = @scale_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        %sv18 = "aie.objectfifo.acquire"() {objFifo_name = @scores_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
        %e19 = "aie.objectfifo.subview.access"(%sv18) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
        "dsim.kernel_call"(%buf_qk_1_sc, %e19) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @scores_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_22 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_23 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_24 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv20 = "aie.objectfifo.acquire"() {objFifo_name = @K_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
      %e21 = "aie.objectfifo.subview.access"(%sv20) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
      "dsim.kernel_call"(%e21, %buf_qk_2_ktT) {callee = @transpose_bf16_bf16} : (memref<128x64xbf16>, memref<64x128xbf16>) -> ()
      "aie.objectfifo.release"() {objFifo_name = @K_in5, port = 1 : i32, size = 1 : i32} : () -> ()
      "scf.for"(%c0_22, %c16_23, %c1_24) ({
      ^bb0(%iv_t_25: index):
        %sv26 = "aie.objectfifo.acquire"() {objFifo_name = @Q_in4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
        %e27 = "aie.objectfifo.subview.access"(%sv26) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
        "dsim.kernel_call"(%e27, %buf_qk_2_ktT, %buf_qk_2_sc) {callee = @matmul_bf16_bf16_f32} : (memref<8x64xbf16>, memref<64x128xbf16>, memref<8x128xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @Q_in4, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_qk_2_sc, %buf_qk_2_sc) {callee = @scale_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        %sv28 = "aie.objectfifo.acquire"() {objFifo_name = @scores_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
        %e29 = "aie.objectfifo.subview.access"(%sv28) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
        "dsim.kernel_call"(%buf_qk_2_sc, %e29) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @scores_2, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_4 = "aie.core"(%tile_1_4) ({
      %c0_32 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_33 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_34 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv30 = "aie.objectfifo.acquire"() {objFifo_name = @K_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
      %e31 = "aie.objectfifo.subview.access"(%sv30) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
      "dsim.kernel_call"(%e31, %buf_qk_3_ktT) {callee = @transpose_bf16_bf16} : (memref<128x64xbf16>, memref<64x128xbf16>) -> ()
      "aie.objectfifo.release"() {objFifo_name = @K_in7, port = 1 : i32, size = 1 : i32} : () -> ()
      "scf.for"(%c0_32, %c16_33, %c1_34) ({
      ^bb0(%iv_t_35: index):
        %sv36 = "aie.objectfifo.acquire"() {objFifo_name = @Q_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
        %e37 = "aie.objectfifo.subview.access"(%sv36) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
        "dsim.kernel_call"(%e37, %buf_qk_3_ktT, %buf_qk_3_sc) {callee = @matmul_bf16_bf16_f32} : (memref<8x64xbf16>, memref<64x128xbf16>, memref<8x128xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @Q_in6, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_qk_3_sc, %buf_qk_3_sc) {callee = @scale_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        %sv38 = "aie.objectfifo.acquire"() {objFifo_name = @scores_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
        %e39 = "aie.objectfifo.subview.access"(%sv38) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
        "dsim.kernel_call"(%buf_qk_3_sc, %e39) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @scores_3, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_2 = "aie.core"(%tile_1_2) ({
      %c0_40 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_41 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_42 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_40, %c16_41, %c1_42) ({
      ^bb0(%iv_t_43: index):
        %sv44 = "aie.objectfifo.acquire"() {objFifo_name = @scores_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
        %e45 = "aie.objectfifo.subview.access"(%sv44) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
        "dsim.kernel_call"(%e45, %buf_sm_0_sc) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @scores_0, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_sm_0_sc, %buf_sm_0_pf) {callee = @softmax_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "dsim.kernel_call"(%buf_sm_0_pf, %buf_sm_0_pb) {callee = @cast_f32_bf16} : (memref<8x128xf32>, memref<8x128xbf16>) -> ()
        %sv46 = "aie.objectfifo.acquire"() {objFifo_name = @probs_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
        %e47 = "aie.objectfifo.subview.access"(%sv46) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
        "dsim.kernel_call"(%buf_sm_0_pb, %e47) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @probs_0, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_3 = "aie.core"(%tile_3_3) ({
      %c0_48 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_49 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_50 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_48, %c16_49, %c1_50) ({
      ^bb0(%iv_t_51: index):
        %sv52 = "aie.objectfifo.acquire"() {objFifo_name = @scores_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
        %e53 = "aie.objectfifo.subview.access"(%sv52) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
        "dsim.kernel_call"(%e53, %buf_sm_1_sc) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @scores_1, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_sm_1_sc, %buf_sm_1_pf) {callee = @softmax_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "dsim.kernel_call"(%buf_sm_1_pf, %buf_sm_1_pb) {callee = @cast_f32_bf16} : (memref<8x128xf32>, memref<8x128xbf16>) -> ()
        %sv54 = "aie.objectfifo.acquire"() {objFifo_name = @probs_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
        %e55 = "aie.objectfifo.subview.access"(%sv54) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
        "dsim.kernel_call"(%buf_sm_1_pb, %e55) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @probs_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_3 = "aie.core"(%tile_0_3) ({
      %c0_56 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_57 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_58 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_56, %c16_57, %c1_58) ({
      ^bb0(%iv_t_59: index):
        %sv60 = "aie.objectfifo.acquire"() {objFifo_name = @scores_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
        %e61 = "aie.objectfifo.subview.access"(%sv60) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
        "dsim.kernel_call"(%e61, %buf_sm_2_sc) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @scores_2, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_sm_2_sc, %buf_sm_2_pf) {callee = @softmax_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "dsim.kernel_call"(%buf_sm_2_pf, %buf_sm_2_pb) {callee = @cast_f32_bf16} : (memref<8x128xf32>, memref<8x128xbf16>) -> ()
        %sv62 = "aie.objectfifo.acquire"() {objFifo_name = @probs_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
        %e63 = "aie.objectfifo.subview.access"(%sv62) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
        "dsim.kernel_call"(%buf_sm_2_pb, %e63) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @probs_2, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_4 = "aie.core"(%tile_2_4) ({
      %c0_64 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_65 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_66 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_64, %c16_65, %c1_66) ({
      ^bb0(%iv_t_67: index):
        %sv68 = "aie.objectfifo.acquire"() {objFifo_name = @scores_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xf32>>
        %e69 = "aie.objectfifo.subview.access"(%sv68) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xf32>>) -> memref<8x128xf32>
        "dsim.kernel_call"(%e69, %buf_sm_3_sc) {callee = @dsim_copy_f32_1024} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @scores_3, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_sm_3_sc, %buf_sm_3_pf) {callee = @softmax_f32_f32} : (memref<8x128xf32>, memref<8x128xf32>) -> ()
        "dsim.kernel_call"(%buf_sm_3_pf, %buf_sm_3_pb) {callee = @cast_f32_bf16} : (memref<8x128xf32>, memref<8x128xbf16>) -> ()
        %sv70 = "aie.objectfifo.acquire"() {objFifo_name = @probs_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
        %e71 = "aie.objectfifo.subview.access"(%sv70) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
        "dsim.kernel_call"(%buf_sm_3_pb, %e71) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @probs_3, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_2 = "aie.core"(%tile_2_2) ({
      %c0_74 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_75 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_76 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv72 = "aie.objectfifo.acquire"() {objFifo_name = @V_in8, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
      %e73 = "aie.objectfifo.subview.access"(%sv72) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
      "scf.for"(%c0_74, %c16_75, %c1_76) ({
      ^bb0(%iv_t_77: index):
        %sv78 = "aie.objectfifo.acquire"() {objFifo_name = @probs_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
        %e79 = "aie.objectfifo.subview.access"(%sv78) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
        "dsim.kernel_call"(%e79, %buf_pv_0_pb) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @probs_0, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_pv_0_pb, %e73, %buf_pv_0_of) {callee = @matmul_bf16_bf16_f32_2} : (memref<8x128xbf16>, memref<128x64xbf16>, memref<8x64xf32>) -> ()
        %sv80 = "aie.objectfifo.acquire"() {objFifo_name = @O_out9, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
        %e81 = "aie.objectfifo.subview.access"(%sv80) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
        "dsim.kernel_call"(%buf_pv_0_of, %e81) {callee = @cast_f32_bf16_2} : (memref<8x64xf32>, memref<8x64xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @O_out9, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @V_in8, port = 1 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_3 = "aie.core"(%tile_2_3) ({
      %c0_84 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_85 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_86 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv82 = "aie.objectfifo.acquire"() {objFifo_name = @V_in10, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
      %e83 = "aie.objectfifo.subview.access"(%sv82) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
      "scf.for"(%c0_84, %c16_85, %c1_86) ({
      ^bb0(%iv_t_87: index):
        %sv88 = "aie.objectfifo.acquire"() {objFifo_name = @probs_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
        %e89 = "aie.objectfifo.subview.access"(%sv88) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
        "dsim.kernel_call"(%e89, %buf_pv_1_pb) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @probs_1, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_pv_1_pb, %e83, %buf_pv_1_of) {callee = @matmul_bf16_bf16_f32_2} : (memref<8x128xbf16>, memref<128x64xbf16>, memref<8x64xf32>) -> ()
        %sv90 = "aie.objectfifo.acquire"() {objFifo_name = @O_out11, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
        %e91 = "aie.objectfifo.subview.access"(%sv90) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
        "dsim.kernel_call"(%buf_pv_1_of, %e91) {callee = @cast_f32_bf16_2} : (memref<8x64xf32>, memref<8x64xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @O_out11, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @V_in10, port = 1 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_4 = "aie.core"(%tile_0_4) ({
      %c0_94 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_95 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_96 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv92 = "aie.objectfifo.acquire"() {objFifo_name = @V_in12, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
      %e93 = "aie.objectfifo.subview.access"(%sv92) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
      "scf.for"(%c0_94, %c16_95, %c1_96) ({
      ^bb0(%iv_t_97: index):
        %sv98 = "aie.objectfifo.acquire"() {objFifo_name = @probs_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
        %e99 = "aie.objectfifo.subview.access"(%sv98) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
        "dsim.kernel_call"(%e99, %buf_pv_2_pb) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @probs_2, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_pv_2_pb, %e93, %buf_pv_2_of) {callee = @matmul_bf16_bf16_f32_2} : (memref<8x128xbf16>, memref<128x64xbf16>, memref<8x64xf32>) -> ()
        %sv100 = "aie.objectfifo.acquire"() {objFifo_name = @O_out13, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
        %e101 = "aie.objectfifo.subview.access"(%sv100) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
        "dsim.kernel_call"(%buf_pv_2_of, %e101) {callee = @cast_f32_bf16_2} : (memref<8x64xf32>, memref<8x64xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @O_out13, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @V_in12, port = 1 : i32, size = 1 : i32} : () -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_4 = "aie.core"(%tile_3_4) ({
      %c0_104 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_105 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_106 = "arith.constant"() <{value = 1 : index}> : () -> index
      %sv102 = "aie.objectfifo.acquire"() {objFifo_name = @V_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
      %e103 = "aie.objectfifo.subview.access"(%sv102) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
      "scf.for"(%c0_104, %c16_105, %c1_106) ({
      ^bb0(%iv_t_107: index):
        %sv108 = "aie.objectfifo.acquire"() {objFifo_name = @probs_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x128xbf16>>
        %e109 = "aie.objectfifo.subview.access"(%sv108) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x128xbf16>>) -> memref<8x128xbf16>
        "dsim.kernel_call"(%e109, %buf_pv_3_pb) {callee = @dsim_copy_bf16_1024} : (memref<8x128xbf16>, memref<8x128xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @probs_3, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_pv_3_pb, %e103, %buf_pv_3_of) {callee = @matmul_bf16_bf16_f32_2} : (memref<8x128xbf16>, memref<128x64xbf16>, memref<8x64xf32>) -> ()
        %sv110 = "aie.objectfifo.acquire"() {objFifo_name = @O_out15, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<8x64xbf16>>
        %e111 = "aie.objectfifo.subview.access"(%sv110) {index = 0 : i32} : (!aie.objectfifosubview<memref<8x64xbf16>>) -> memref<8x64xbf16>
        "dsim.kernel_call"(%buf_pv_3_of, %e111) {callee = @cast_f32_bf16_2} : (memref<8x64xf32>, memref<8x64xbf16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @O_out15, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.objectfifo.release"() {objFifo_name = @V_in14, port = 1 : i32, size = 1 : i32} : () -> ()
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
