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
    %buf_up_0_acc = "aie.buffer"(%tile_0_2) {sym_name = "up_0_acc"} : (index) -> memref<16x128xf32>
    %buf_up_1_acc = "aie.buffer"(%tile_3_2) {sym_name = "up_1_acc"} : (index) -> memref<16x128xf32>
    %buf_up_2_acc = "aie.buffer"(%tile_0_4) {sym_name = "up_2_acc"} : (index) -> memref<16x128xf32>
    %buf_up_3_acc = "aie.buffer"(%tile_3_4) {sym_name = "up_3_acc"} : (index) -> memref<16x128xf32>
    %buf_activation_0_hf = "aie.buffer"(%tile_1_2) {sym_name = "activation_0_hf"} : (index) -> memref<16x128xf32>
    %buf_activation_0_gf = "aie.buffer"(%tile_1_2) {sym_name = "activation_0_gf"} : (index) -> memref<16x128xf32>
    %buf_activation_0_gb = "aie.buffer"(%tile_1_2) {sym_name = "activation_0_gb"} : (index) -> memref<16x128xbf16>
    %buf_activation_1_hf = "aie.buffer"(%tile_3_3) {sym_name = "activation_1_hf"} : (index) -> memref<16x128xf32>
    %buf_activation_1_gf = "aie.buffer"(%tile_3_3) {sym_name = "activation_1_gf"} : (index) -> memref<16x128xf32>
    %buf_activation_1_gb = "aie.buffer"(%tile_3_3) {sym_name = "activation_1_gb"} : (index) -> memref<16x128xbf16>
    %buf_activation_2_hf = "aie.buffer"(%tile_0_3) {sym_name = "activation_2_hf"} : (index) -> memref<16x128xf32>
    %buf_activation_2_gf = "aie.buffer"(%tile_0_3) {sym_name = "activation_2_gf"} : (index) -> memref<16x128xf32>
    %buf_activation_2_gb = "aie.buffer"(%tile_0_3) {sym_name = "activation_2_gb"} : (index) -> memref<16x128xbf16>
    %buf_activation_3_hf = "aie.buffer"(%tile_2_4) {sym_name = "activation_3_hf"} : (index) -> memref<16x128xf32>
    %buf_activation_3_gf = "aie.buffer"(%tile_2_4) {sym_name = "activation_3_gf"} : (index) -> memref<16x128xf32>
    %buf_activation_3_gb = "aie.buffer"(%tile_2_4) {sym_name = "activation_3_gb"} : (index) -> memref<16x128xbf16>
    %buf_down_0_g = "aie.buffer"(%tile_2_2) {sym_name = "down_0_g"} : (index) -> memref<16x128xbf16>
    %buf_down_0_part = "aie.buffer"(%tile_2_2) {sym_name = "down_0_part"} : (index) -> memref<16x64xf32>
    %buf_down_0_yt = "aie.buffer"(%tile_2_2) {sym_name = "down_0_yt"} : (index) -> memref<16x64xbf16>
    %buf_down_1_g = "aie.buffer"(%tile_2_3) {sym_name = "down_1_g"} : (index) -> memref<16x128xbf16>
    %buf_down_1_part = "aie.buffer"(%tile_2_3) {sym_name = "down_1_part"} : (index) -> memref<16x64xf32>
    %buf_down_1_yt = "aie.buffer"(%tile_2_3) {sym_name = "down_1_yt"} : (index) -> memref<16x64xbf16>
    %buf_down_2_g = "aie.buffer"(%tile_1_3) {sym_name = "down_2_g"} : (index) -> memref<16x128xbf16>
    %buf_down_2_part = "aie.buffer"(%tile_1_3) {sym_name = "down_2_part"} : (index) -> memref<16x64xf32>
    %buf_down_2_yt = "aie.buffer"(%tile_1_3) {sym_name = "down_2_yt"} : (index) -> memref<16x64xbf16>
    %buf_down_3_g = "aie.buffer"(%tile_1_4) {sym_name = "down_3_g"} : (index) -> memref<16x128xbf16>
    %buf_down_3_part = "aie.buffer"(%tile_1_4) {sym_name = "down_3_part"} : (index) -> memref<16x64xf32>
    "aie.objectfifo"(%tile_0_2, %tile_1_2) {sym_name = "hid_0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x128xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_2, %tile_3_3) {sym_name = "hid_1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x128xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_4, %tile_0_3) {sym_name = "hid_2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x128xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_4, %tile_2_4) {sym_name = "hid_3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x128xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_2, %tile_2_2) {sym_name = "act_0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_3, %tile_2_3) {sym_name = "act_1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_3, %tile_1_3) {sym_name = "act_2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_4, %tile_1_4) {sym_name = "act_3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_2, %tile_2_3) {sym_name = "psum_0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_3, %tile_1_3) {sym_name = "psum_1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_3, %tile_1_4) {sym_name = "psum_2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xf32>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_0, %tile_0_1) {sym_name = "X_in0_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_2, %tile_3_2, %tile_0_4, %tile_3_4) {sym_name = "X_in0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xbf16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@X_in0_L2], fifoOuts = [@X_in0], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_0, %tile_0_1) {sym_name = "W1_in1_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_2) {sym_name = "W1_in1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@W1_in1_L2], fifoOuts = [@W1_in1], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_0, %tile_3_1) {sym_name = "W1_in2_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_2) {sym_name = "W1_in2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@W1_in2_L2], fifoOuts = [@W1_in2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "W1_in3_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_0_4) {sym_name = "W1_in3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@W1_in3_L2], fifoOuts = [@W1_in3], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_0, %tile_3_1) {sym_name = "W1_in4_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_4) {sym_name = "W1_in4", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x128xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@W1_in4_L2], fifoOuts = [@W1_in4], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_0, %tile_2_1) {sym_name = "W2_in5_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_2) {sym_name = "W2_in5", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@W2_in5_L2], fifoOuts = [@W2_in5], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_0, %tile_2_1) {sym_name = "W2_in6_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_3) {sym_name = "W2_in6", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@W2_in6_L2], fifoOuts = [@W2_in6], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "W2_in7_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16384xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_3) {sym_name = "W2_in7", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_4) {sym_name = "W2_in8", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<128x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@W2_in7_L2], fifoOuts = [@W2_in7, @W2_in8], src_offsets = array<i64>, dst_offsets = array<i64: 0, 8192>} : () -> ()
    "aie.objectfifo"(%tile_1_4, %tile_1_1) {sym_name = "Y_out9", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_0) {sym_name = "Y_out8_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@Y_out9], fifoOuts = [@Y_out8_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "func.func"() <{function_type = (memref<16x128xf32>) -> (), sym_name = "zero_f32", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<16x64xbf16>, memref<64x128xbf16>, memref<16x128xf32>) -> (), sym_name = "matmul_acc_bf16_bf16_f32", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<16x128xf32>, memref<16x128xf32>) -> (), sym_name = "dsim_copy_f32_2048", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<16x128xf32>, memref<16x128xf32>) -> (), sym_name = "gelu_f32_f32", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<16x128xf32>, memref<16x128xbf16>) -> (), sym_name = "cast_f32_bf16", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<16x128xbf16>, memref<16x128xbf16>) -> (), sym_name = "dsim_copy_bf16_2048", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<16x64xf32>) -> (), sym_name = "zero_f32_2", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<16x128xbf16>, memref<128x64xbf16>, memref<16x64xf32>) -> (), sym_name = "matmul_acc_bf16_bf16_f32_2", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<16x64xf32>, memref<16x64xf32>) -> (), sym_name = "dsim_copy_f32_1024", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<16x64xf32>, memref<16x64xbf16>) -> (), sym_name = "cast_f32_bf16_2", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    %core_0_2 = "aie.core"(%tile_0_2) ({
      %c0_0 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_1 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_2 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_4 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_12 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_0, %c9223372036854775807_12, %c1_2) ({
      ^bb0(%run13: index):
        "scf.for"(%c0_0, %c8_1, %c1_2) ({
        ^bb0(%iv_s_3: index):
          "dsim.kernel_call"(%buf_up_0_acc) {callee = @zero_f32} : (memref<16x128xf32>) -> ()
          "scf.for"(%c0_0, %c4_4, %c1_2) ({
          ^bb0(%iv_kd_5: index):
            %sv6 = "aie.objectfifo.acquire"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xbf16>>
            %e7 = "aie.objectfifo.subview.access"(%sv6) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xbf16>>) -> memref<16x64xbf16>
            %sv8 = "aie.objectfifo.acquire"() {objFifo_name = @W1_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x128xbf16>>
            %e9 = "aie.objectfifo.subview.access"(%sv8) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x128xbf16>>) -> memref<64x128xbf16>
            "dsim.kernel_call"(%e7, %e9, %buf_up_0_acc) {callee = @matmul_acc_bf16_bf16_f32} : (memref<16x64xbf16>, memref<64x128xbf16>, memref<16x128xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @W1_in1, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv10 = "aie.objectfifo.acquire"() {objFifo_name = @hid_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xf32>>
          %e11 = "aie.objectfifo.subview.access"(%sv10) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xf32>>) -> memref<16x128xf32>
          "dsim.kernel_call"(%buf_up_0_acc, %e11) {callee = @dsim_copy_f32_2048} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @hid_0, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_2 = "aie.core"(%tile_3_2) ({
      %c0_14 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_15 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_16 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_18 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_26 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_14, %c9223372036854775807_26, %c1_16) ({
      ^bb0(%run27: index):
        "scf.for"(%c0_14, %c8_15, %c1_16) ({
        ^bb0(%iv_s_17: index):
          "dsim.kernel_call"(%buf_up_1_acc) {callee = @zero_f32} : (memref<16x128xf32>) -> ()
          "scf.for"(%c0_14, %c4_18, %c1_16) ({
          ^bb0(%iv_kd_19: index):
            %sv20 = "aie.objectfifo.acquire"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xbf16>>
            %e21 = "aie.objectfifo.subview.access"(%sv20) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xbf16>>) -> memref<16x64xbf16>
            %sv22 = "aie.objectfifo.acquire"() {objFifo_name = @W1_in2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x128xbf16>>
            %e23 = "aie.objectfifo.subview.access"(%sv22) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x128xbf16>>) -> memref<64x128xbf16>
            "dsim.kernel_call"(%e21, %e23, %buf_up_1_acc) {callee = @matmul_acc_bf16_bf16_f32} : (memref<16x64xbf16>, memref<64x128xbf16>, memref<16x128xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @W1_in2, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv24 = "aie.objectfifo.acquire"() {objFifo_name = @hid_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xf32>>
          %e25 = "aie.objectfifo.subview.access"(%sv24) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xf32>>) -> memref<16x128xf32>
          "dsim.kernel_call"(%buf_up_1_acc, %e25) {callee = @dsim_copy_f32_2048} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @hid_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_4 = "aie.core"(%tile_0_4) ({
      %c0_28 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_29 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_30 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_32 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_40 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_28, %c9223372036854775807_40, %c1_30) ({
      ^bb0(%run41: index):
        "scf.for"(%c0_28, %c8_29, %c1_30) ({
        ^bb0(%iv_s_31: index):
          "dsim.kernel_call"(%buf_up_2_acc) {callee = @zero_f32} : (memref<16x128xf32>) -> ()
          "scf.for"(%c0_28, %c4_32, %c1_30) ({
          ^bb0(%iv_kd_33: index):
            %sv34 = "aie.objectfifo.acquire"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xbf16>>
            %e35 = "aie.objectfifo.subview.access"(%sv34) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xbf16>>) -> memref<16x64xbf16>
            %sv36 = "aie.objectfifo.acquire"() {objFifo_name = @W1_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x128xbf16>>
            %e37 = "aie.objectfifo.subview.access"(%sv36) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x128xbf16>>) -> memref<64x128xbf16>
            "dsim.kernel_call"(%e35, %e37, %buf_up_2_acc) {callee = @matmul_acc_bf16_bf16_f32} : (memref<16x64xbf16>, memref<64x128xbf16>, memref<16x128xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @W1_in3, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv38 = "aie.objectfifo.acquire"() {objFifo_name = @hid_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xf32>>
          %e39 = "aie.objectfifo.subview.access"(%sv38) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xf32>>) -> memref<16x128xf32>
          "dsim.kernel_call"(%buf_up_2_acc, %e39) {callee = @dsim_copy_f32_2048} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @hid_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_4 = "aie.core"(%tile_3_4) ({
      %c0_42 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_43 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_44 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_46 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_54 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_42, %c9223372036854775807_54, %c1_44) ({
      ^bb0(%run55: index):
        "scf.for"(%c0_42, %c8_43, %c1_44) ({
        ^bb0(%iv_s_45: index):
          "dsim.kernel_call"(%buf_up_3_acc) {callee = @zero_f32} : (memref<16x128xf32>) -> ()
          "scf.for"(%c0_42, %c4_46, %c1_44) ({
          ^bb0(%iv_kd_47: index):
            %sv48 = "aie.objectfifo.acquire"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xbf16>>
            %e49 = "aie.objectfifo.subview.access"(%sv48) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xbf16>>) -> memref<16x64xbf16>
            %sv50 = "aie.objectfifo.acquire"() {objFifo_name = @W1_in4, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x128xbf16>>
            %e51 = "aie.objectfifo.subview.access"(%sv50) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x128xbf16>>) -> memref<64x128xbf16>
            "dsim.kernel_call"(%e49, %e51, %buf_up_3_acc) {callee = @matmul_acc_bf16_bf16_f32} : (memref<16x64xbf16>, memref<64x128xbf16>, memref<16x128xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @W1_in4, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          %sv52 = "aie.objectfifo.acquire"() {objFifo_name = @hid_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xf32>>
          %e53 = "aie.objectfifo.subview.access"(%sv52) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xf32>>) -> memref<16x128xf32>
          "dsim.kernel_call"(%buf_up_3_acc, %e53) {callee = @dsim_copy_f32_2048} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @hid_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_2 = "aie.core"(%tile_1_2) ({
      %c0_56 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_57 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_58 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_64 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_56, %c9223372036854775807_64, %c1_58) ({
      ^bb0(%run65: index):
        "scf.for"(%c0_56, %c8_57, %c1_58) ({
        ^bb0(%iv_s_59: index):
          %sv60 = "aie.objectfifo.acquire"() {objFifo_name = @hid_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xf32>>
          %e61 = "aie.objectfifo.subview.access"(%sv60) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xf32>>) -> memref<16x128xf32>
          "dsim.kernel_call"(%e61, %buf_activation_0_hf) {callee = @dsim_copy_f32_2048} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @hid_0, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_activation_0_hf, %buf_activation_0_gf) {callee = @gelu_f32_f32} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "dsim.kernel_call"(%buf_activation_0_gf, %buf_activation_0_gb) {callee = @cast_f32_bf16} : (memref<16x128xf32>, memref<16x128xbf16>) -> ()
          %sv62 = "aie.objectfifo.acquire"() {objFifo_name = @act_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xbf16>>
          %e63 = "aie.objectfifo.subview.access"(%sv62) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xbf16>>) -> memref<16x128xbf16>
          "dsim.kernel_call"(%buf_activation_0_gb, %e63) {callee = @dsim_copy_bf16_2048} : (memref<16x128xbf16>, memref<16x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @act_0, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_3 = "aie.core"(%tile_3_3) ({
      %c0_66 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_67 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_68 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_74 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_66, %c9223372036854775807_74, %c1_68) ({
      ^bb0(%run75: index):
        "scf.for"(%c0_66, %c8_67, %c1_68) ({
        ^bb0(%iv_s_69: index):
          %sv70 = "aie.objectfifo.acquire"() {objFifo_name = @hid_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xf32>>
          %e71 = "aie.objectfifo.subview.access"(%sv70) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xf32>>) -> memref<16x128xf32>
          "dsim.kernel_call"(%e71, %buf_activation_1_hf) {callee = @dsim_copy_f32_2048} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @hid_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_activation_1_hf, %buf_activation_1_gf) {callee = @gelu_f32_f32} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "dsim.kernel_call"(%buf_activation_1_gf, %buf_activation_1_gb) {callee = @cast_f32_bf16} : (memref<16x128xf32>, memref<16x128xbf16>) -> ()
          %sv72 = "aie.objectfifo.acquire"() {objFifo_name = @act_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xbf16>>
          %e73 = "aie.objectfifo.subview.access"(%sv72) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xbf16>>) -> memref<16x128xbf16>
          "dsim.kernel_call"(%buf_activation_1_gb, %e73) {callee = @dsim_copy_bf16_2048} : (memref<16x128xbf16>, memref<16x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @act_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_3 = "aie.core"(%tile_0_3) ({
      %c0_76 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_77 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_78 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_84 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_76, %c9223372036854775807_84, %c1_78) ({
      ^bb0(%run85: index):
        "scf.for"(%c0_76, %c8_77, %c1_78) ({
        ^bb0(%iv_s_79: index):
          %sv80 = "aie.objectfifo.acquire"() {objFifo_name = @hid_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xf32>>
          %e81 = "aie.objectfifo.subview.access"(%sv80) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xf32>>) -> memref<16x128xf32>
          "dsim.kernel_call"(%e81, %buf_activation_2_hf) {callee = @dsim_copy_f32_2048} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @hid_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_activation_2_hf, %buf_activation_2_gf) {callee = @gelu_f32_f32} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "dsim.kernel_call"(%buf_activation_2_gf, %buf_activation_2_gb) {callee = @cast_f32_bf16} : (memref<16x128xf32>, memref<16x128xbf16>) -> ()
          %sv82 = "aie.objectfifo.acquire"() {objFifo_name = @act_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xbf16>>
          %e83 = "aie.objectfifo.subview.access"(%sv82) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xbf16>>) -> memref<16x128xbf16>
          "dsim.kernel_call"(%buf_activation_2_gb, %e83) {callee = @dsim_copy_bf16_2048} : (memref<16x128xbf16>, memref<16x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @act_2, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_4 = "aie.core"(%tile_2_4) ({
      %c0_86 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_87 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_88 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_94 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_86, %c9223372036854775807_94, %c1_88) ({
      ^bb0(%run95: index):
        "scf.for"(%c0_86, %c8_87, %c1_88) ({
        ^bb0(%iv_s_89: index):
          %sv90 = "aie.objectfifo.acquire"() {objFifo_name = @hid_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xf32>>
          %e91 = "aie.objectfifo.subview.access"(%sv90) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xf32>>) -> memref<16x128xf32>
          "dsim.kernel_call"(%e91, %buf_activation_3_hf) {callee = @dsim_copy_f32_2048} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @hid_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_activation_3_hf, %buf_activation_3_gf) {callee = @gelu_f32_f32} : (memref<16x128xf32>, memref<16x128xf32>) -> ()
          "dsim.kernel_call"(%buf_activation_3_gf, %buf_activation_3_gb) {callee = @cast_f32_bf16} : (memref<16x128xf32>, memref<16x128xbf16>) -> ()
          %sv92 = "aie.objectfifo.acquire"() {objFifo_name = @act_3, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xbf16>>
          %e93 = "aie.objectfifo.subview.access"(%sv92) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xbf16>>) -> memref<16x128xbf16>
          "dsim.kernel_call"(%buf_activation_3_gb, %e93) {callee = @dsim_copy_bf16_2048} : (memref<16x128xbf16>, memref<16x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @act_3, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_2 = "aie.core"(%tile_2_2) ({
      %c0_96 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_97 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_98 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_102 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_108 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_96, %c9223372036854775807_108, %c1_98) ({
      ^bb0(%run109: index):
        "scf.for"(%c0_96, %c8_97, %c1_98) ({
        ^bb0(%iv_s_99: index):
          %sv100 = "aie.objectfifo.acquire"() {objFifo_name = @act_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xbf16>>
          %e101 = "aie.objectfifo.subview.access"(%sv100) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xbf16>>) -> memref<16x128xbf16>
          "dsim.kernel_call"(%e101, %buf_down_0_g) {callee = @dsim_copy_bf16_2048} : (memref<16x128xbf16>, memref<16x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @act_0, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_96, %c4_102, %c1_98) ({
          ^bb0(%iv_dd_103: index):
            %sv104 = "aie.objectfifo.acquire"() {objFifo_name = @W2_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
            %e105 = "aie.objectfifo.subview.access"(%sv104) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
            "dsim.kernel_call"(%buf_down_0_part) {callee = @zero_f32_2} : (memref<16x64xf32>) -> ()
            "dsim.kernel_call"(%buf_down_0_g, %e105, %buf_down_0_part) {callee = @matmul_acc_bf16_bf16_f32_2} : (memref<16x128xbf16>, memref<128x64xbf16>, memref<16x64xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @W2_in5, port = 1 : i32, size = 1 : i32} : () -> ()
            %sv106 = "aie.objectfifo.acquire"() {objFifo_name = @psum_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xf32>>
            %e107 = "aie.objectfifo.subview.access"(%sv106) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xf32>>) -> memref<16x64xf32>
            "dsim.kernel_call"(%buf_down_0_part, %e107) {callee = @dsim_copy_f32_1024} : (memref<16x64xf32>, memref<16x64xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @psum_0, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_3 = "aie.core"(%tile_2_3) ({
      %c0_110 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_111 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_112 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_116 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_124 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_110, %c9223372036854775807_124, %c1_112) ({
      ^bb0(%run125: index):
        "scf.for"(%c0_110, %c8_111, %c1_112) ({
        ^bb0(%iv_s_113: index):
          %sv114 = "aie.objectfifo.acquire"() {objFifo_name = @act_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xbf16>>
          %e115 = "aie.objectfifo.subview.access"(%sv114) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xbf16>>) -> memref<16x128xbf16>
          "dsim.kernel_call"(%e115, %buf_down_1_g) {callee = @dsim_copy_bf16_2048} : (memref<16x128xbf16>, memref<16x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @act_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_110, %c4_116, %c1_112) ({
          ^bb0(%iv_dd_117: index):
            %sv118 = "aie.objectfifo.acquire"() {objFifo_name = @W2_in6, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
            %e119 = "aie.objectfifo.subview.access"(%sv118) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
            %sv120 = "aie.objectfifo.acquire"() {objFifo_name = @psum_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xf32>>
            %e121 = "aie.objectfifo.subview.access"(%sv120) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xf32>>) -> memref<16x64xf32>
            "dsim.kernel_call"(%e121, %buf_down_1_part) {callee = @dsim_copy_f32_1024} : (memref<16x64xf32>, memref<16x64xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @psum_0, port = 1 : i32, size = 1 : i32} : () -> ()
            "dsim.kernel_call"(%buf_down_1_g, %e119, %buf_down_1_part) {callee = @matmul_acc_bf16_bf16_f32_2} : (memref<16x128xbf16>, memref<128x64xbf16>, memref<16x64xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @W2_in6, port = 1 : i32, size = 1 : i32} : () -> ()
            %sv122 = "aie.objectfifo.acquire"() {objFifo_name = @psum_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xf32>>
            %e123 = "aie.objectfifo.subview.access"(%sv122) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xf32>>) -> memref<16x64xf32>
            "dsim.kernel_call"(%buf_down_1_part, %e123) {callee = @dsim_copy_f32_1024} : (memref<16x64xf32>, memref<16x64xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @psum_1, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_126 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_127 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_128 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_132 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_140 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_126, %c9223372036854775807_140, %c1_128) ({
      ^bb0(%run141: index):
        "scf.for"(%c0_126, %c8_127, %c1_128) ({
        ^bb0(%iv_s_129: index):
          %sv130 = "aie.objectfifo.acquire"() {objFifo_name = @act_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xbf16>>
          %e131 = "aie.objectfifo.subview.access"(%sv130) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xbf16>>) -> memref<16x128xbf16>
          "dsim.kernel_call"(%e131, %buf_down_2_g) {callee = @dsim_copy_bf16_2048} : (memref<16x128xbf16>, memref<16x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @act_2, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_126, %c4_132, %c1_128) ({
          ^bb0(%iv_dd_133: index):
            %sv134 = "aie.objectfifo.acquire"() {objFifo_name = @W2_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
            %e135 = "aie.objectfifo.subview.access"(%sv134) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
            %sv136 = "aie.objectfifo.acquire"() {objFifo_name = @psum_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xf32>>
            %e137 = "aie.objectfifo.subview.access"(%sv136) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xf32>>) -> memref<16x64xf32>
            "dsim.kernel_call"(%e137, %buf_down_2_part) {callee = @dsim_copy_f32_1024} : (memref<16x64xf32>, memref<16x64xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @psum_1, port = 1 : i32, size = 1 : i32} : () -> ()
            "dsim.kernel_call"(%buf_down_2_g, %e135, %buf_down_2_part) {callee = @matmul_acc_bf16_bf16_f32_2} : (memref<16x128xbf16>, memref<128x64xbf16>, memref<16x64xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @W2_in7, port = 1 : i32, size = 1 : i32} : () -> ()
            %sv138 = "aie.objectfifo.acquire"() {objFifo_name = @psum_2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xf32>>
            %e139 = "aie.objectfifo.subview.access"(%sv138) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xf32>>) -> memref<16x64xf32>
            "dsim.kernel_call"(%buf_down_2_part, %e139) {callee = @dsim_copy_f32_1024} : (memref<16x64xf32>, memref<16x64xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @psum_2, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_4 = "aie.core"(%tile_1_4) ({
      %c0_142 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_143 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_144 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c4_148 = "arith.constant"() <{value = 4 : index}> : () -> index
      %c9223372036854775807_156 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_142, %c9223372036854775807_156, %c1_144) ({
      ^bb0(%run157: index):
        "scf.for"(%c0_142, %c8_143, %c1_144) ({
        ^bb0(%iv_s_145: index):
          %sv146 = "aie.objectfifo.acquire"() {objFifo_name = @act_3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x128xbf16>>
          %e147 = "aie.objectfifo.subview.access"(%sv146) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x128xbf16>>) -> memref<16x128xbf16>
          "dsim.kernel_call"(%e147, %buf_down_3_g) {callee = @dsim_copy_bf16_2048} : (memref<16x128xbf16>, memref<16x128xbf16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @act_3, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.for"(%c0_142, %c4_148, %c1_144) ({
          ^bb0(%iv_dd_149: index):
            %sv150 = "aie.objectfifo.acquire"() {objFifo_name = @W2_in8, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<128x64xbf16>>
            %e151 = "aie.objectfifo.subview.access"(%sv150) {index = 0 : i32} : (!aie.objectfifosubview<memref<128x64xbf16>>) -> memref<128x64xbf16>
            %sv152 = "aie.objectfifo.acquire"() {objFifo_name = @psum_2, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xf32>>
            %e153 = "aie.objectfifo.subview.access"(%sv152) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xf32>>) -> memref<16x64xf32>
            "dsim.kernel_call"(%e153, %buf_down_3_part) {callee = @dsim_copy_f32_1024} : (memref<16x64xf32>, memref<16x64xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @psum_2, port = 1 : i32, size = 1 : i32} : () -> ()
            "dsim.kernel_call"(%buf_down_3_g, %e151, %buf_down_3_part) {callee = @matmul_acc_bf16_bf16_f32_2} : (memref<16x128xbf16>, memref<128x64xbf16>, memref<16x64xf32>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @W2_in8, port = 1 : i32, size = 1 : i32} : () -> ()
            %sv154 = "aie.objectfifo.acquire"() {objFifo_name = @Y_out9, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xbf16>>
            %e155 = "aie.objectfifo.subview.access"(%sv154) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xbf16>>) -> memref<16x64xbf16>
            "dsim.kernel_call"(%buf_down_3_part, %e155) {callee = @cast_f32_bf16_2} : (memref<16x64xf32>, memref<16x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @Y_out9, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    "aie.runtime_sequence"() ({
    ^bb0(%arg_X: memref<32768xbf16>, %arg_W1: memref<131072xbf16>, %arg_W2: memref<131072xbf16>, %arg_Y: memref<32768xbf16>):
      "aiex.npu.dma_memcpy_nd"(%arg_X) {id = 0 : i64, issue_token = true, metadata = @X_in0_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 16, 64>, static_strides = array<i64: 4096, 64, 256, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 1 : i64, issue_token = true, metadata = @W1_in1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 0 : i64, issue_token = true, metadata = @W1_in2_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 0 : i64, issue_token = true, metadata = @W1_in3_L2, static_offsets = array<i64: 0, 0, 0, 256>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 1 : i64, issue_token = true, metadata = @W1_in4_L2, static_offsets = array<i64: 0, 0, 0, 384>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 0 : i64, issue_token = true, metadata = @W2_in5_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 128, 64>, static_strides = array<i64: 0, 64, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 1 : i64, issue_token = true, metadata = @W2_in6_L2, static_offsets = array<i64: 0, 0, 0, 32768>, static_sizes = array<i64: 2, 4, 128, 64>, static_strides = array<i64: 0, 64, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 1 : i64, issue_token = true, metadata = @W2_in7_L2, static_offsets = array<i64: 0, 0, 0, 65536>, static_sizes = array<i64: 4, 2, 128, 64>, static_strides = array<i64: 64, 32768, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 2 : i64, issue_token = true, metadata = @W2_in7_L2, static_offsets = array<i64: 0, 0, 0, 65536>, static_sizes = array<i64: 4, 2, 128, 64>, static_strides = array<i64: 64, 32768, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_Y) {id = 3 : i64, issue_token = true, metadata = @Y_out8_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 16, 64>, static_strides = array<i64: 4096, 64, 256, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_X) {id = 8 : i64, issue_token = true, metadata = @X_in0_L2, static_offsets = array<i64: 0, 0, 0, 8192>, static_sizes = array<i64: 2, 4, 16, 64>, static_strides = array<i64: 4096, 64, 256, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 9 : i64, issue_token = true, metadata = @W1_in1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 8 : i64, issue_token = true, metadata = @W1_in2_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 8 : i64, issue_token = true, metadata = @W1_in3_L2, static_offsets = array<i64: 0, 0, 0, 256>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 9 : i64, issue_token = true, metadata = @W1_in4_L2, static_offsets = array<i64: 0, 0, 0, 384>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 8 : i64, issue_token = true, metadata = @W2_in5_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 128, 64>, static_strides = array<i64: 0, 64, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 9 : i64, issue_token = true, metadata = @W2_in6_L2, static_offsets = array<i64: 0, 0, 0, 32768>, static_sizes = array<i64: 2, 4, 128, 64>, static_strides = array<i64: 0, 64, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 9 : i64, issue_token = true, metadata = @W2_in7_L2, static_offsets = array<i64: 0, 0, 0, 65536>, static_sizes = array<i64: 4, 2, 128, 64>, static_strides = array<i64: 64, 32768, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 10 : i64, issue_token = true, metadata = @W2_in7_L2, static_offsets = array<i64: 0, 0, 0, 65536>, static_sizes = array<i64: 4, 2, 128, 64>, static_strides = array<i64: 64, 32768, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_Y) {id = 11 : i64, issue_token = true, metadata = @Y_out8_L2, static_offsets = array<i64: 0, 0, 0, 8192>, static_sizes = array<i64: 2, 4, 16, 64>, static_strides = array<i64: 4096, 64, 256, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_wait"() {symbol = @X_in0_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in1_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in2_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in3_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in4_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in5_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in6_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in7_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in7_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @Y_out8_L2} : () -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_X) {id = 0 : i64, issue_token = true, metadata = @X_in0_L2, static_offsets = array<i64: 0, 0, 0, 16384>, static_sizes = array<i64: 2, 4, 16, 64>, static_strides = array<i64: 4096, 64, 256, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 1 : i64, issue_token = true, metadata = @W1_in1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 0 : i64, issue_token = true, metadata = @W1_in2_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 0 : i64, issue_token = true, metadata = @W1_in3_L2, static_offsets = array<i64: 0, 0, 0, 256>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 1 : i64, issue_token = true, metadata = @W1_in4_L2, static_offsets = array<i64: 0, 0, 0, 384>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 0 : i64, issue_token = true, metadata = @W2_in5_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 128, 64>, static_strides = array<i64: 0, 64, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 1 : i64, issue_token = true, metadata = @W2_in6_L2, static_offsets = array<i64: 0, 0, 0, 32768>, static_sizes = array<i64: 2, 4, 128, 64>, static_strides = array<i64: 0, 64, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 1 : i64, issue_token = true, metadata = @W2_in7_L2, static_offsets = array<i64: 0, 0, 0, 65536>, static_sizes = array<i64: 4, 2, 128, 64>, static_strides = array<i64: 64, 32768, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 2 : i64, issue_token = true, metadata = @W2_in7_L2, static_offsets = array<i64: 0, 0, 0, 65536>, static_sizes = array<i64: 4, 2, 128, 64>, static_strides = array<i64: 64, 32768, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_Y) {id = 3 : i64, issue_token = true, metadata = @Y_out8_L2, static_offsets = array<i64: 0, 0, 0, 16384>, static_sizes = array<i64: 2, 4, 16, 64>, static_strides = array<i64: 4096, 64, 256, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_wait"() {symbol = @X_in0_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in1_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in2_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in3_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in4_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in5_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in6_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in7_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in7_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @Y_out8_L2} : () -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_X) {id = 8 : i64, issue_token = true, metadata = @X_in0_L2, static_offsets = array<i64: 0, 0, 0, 24576>, static_sizes = array<i64: 2, 4, 16, 64>, static_strides = array<i64: 4096, 64, 256, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 9 : i64, issue_token = true, metadata = @W1_in1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 8 : i64, issue_token = true, metadata = @W1_in2_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 8 : i64, issue_token = true, metadata = @W1_in3_L2, static_offsets = array<i64: 0, 0, 0, 256>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W1) {id = 9 : i64, issue_token = true, metadata = @W1_in4_L2, static_offsets = array<i64: 0, 0, 0, 384>, static_sizes = array<i64: 2, 4, 64, 128>, static_strides = array<i64: 0, 32768, 512, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 8 : i64, issue_token = true, metadata = @W2_in5_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 4, 128, 64>, static_strides = array<i64: 0, 64, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 9 : i64, issue_token = true, metadata = @W2_in6_L2, static_offsets = array<i64: 0, 0, 0, 32768>, static_sizes = array<i64: 2, 4, 128, 64>, static_strides = array<i64: 0, 64, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 9 : i64, issue_token = true, metadata = @W2_in7_L2, static_offsets = array<i64: 0, 0, 0, 65536>, static_sizes = array<i64: 4, 2, 128, 64>, static_strides = array<i64: 64, 32768, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_W2) {id = 10 : i64, issue_token = true, metadata = @W2_in7_L2, static_offsets = array<i64: 0, 0, 0, 65536>, static_sizes = array<i64: 4, 2, 128, 64>, static_strides = array<i64: 64, 32768, 256, 1>} : (memref<131072xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_Y) {id = 11 : i64, issue_token = true, metadata = @Y_out8_L2, static_offsets = array<i64: 0, 0, 0, 24576>, static_sizes = array<i64: 2, 4, 16, 64>, static_strides = array<i64: 4096, 64, 256, 1>} : (memref<32768xbf16>) -> ()
      "aiex.npu.dma_wait"() {symbol = @X_in0_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in1_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in2_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in3_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in4_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in5_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in6_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in7_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in7_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @Y_out8_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @X_in0_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in1_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in2_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in3_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W1_in4_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in5_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in6_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in7_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @W2_in7_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @Y_out8_L2} : () -> ()
    }) : () -> ()
  }) {device = #aie<device npu1>} : () -> ()
}) : () -> ()
