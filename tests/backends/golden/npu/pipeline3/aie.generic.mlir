// The module of aie.mlir in MLIR's generic form, for mlir-opt without mlir-aie
// (mlir-opt-19 --allow-unregistered-dialect aie.generic.mlir). Op for op the same, except that
// each func.call of a kernel is written dsim.kernel_call (same operands, same callee): mlir-opt
// cannot resolve a callee from inside an unregistered op such as aie.core.
"builtin.module"() ({
  "aie.device"() ({
    %tile_0_0 = "aie.tile"() {col = 0 : i32, row = 0 : i32} : () -> index
    %tile_2_0 = "aie.tile"() {col = 2 : i32, row = 0 : i32} : () -> index
    %tile_0_1 = "aie.tile"() {col = 0 : i32, row = 1 : i32} : () -> index
    %tile_2_1 = "aie.tile"() {col = 2 : i32, row = 1 : i32} : () -> index
    %tile_0_2 = "aie.tile"() {col = 0 : i32, row = 2 : i32} : () -> index
    %tile_1_2 = "aie.tile"() {col = 1 : i32, row = 2 : i32} : () -> index
    %tile_2_2 = "aie.tile"() {col = 2 : i32, row = 2 : i32} : () -> index
    %buf_compute_t = "aie.buffer"(%tile_1_2) {sym_name = "compute_t"} : (index) -> memref<32x64xi16>
    %buf_compute_r = "aie.buffer"(%tile_1_2) {sym_name = "compute_r"} : (index) -> memref<32x64xi16>
    %buf_consumer_t = "aie.buffer"(%tile_2_2) {sym_name = "consumer_t"} : (index) -> memref<32x64xi16>
    "aie.objectfifo"(%tile_0_2, %tile_1_2) {sym_name = "s_in", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x64xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_2, %tile_2_2) {sym_name = "s_out", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x64xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_0, %tile_0_1) {sym_name = "X_in0_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x64xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_2) {sym_name = "X_in0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x64xi16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@X_in0_L2], fifoOuts = [@X_in0], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_2, %tile_2_1) {sym_name = "Y_out1", elemNumber = 1 : i32, elemType = !aie.objectfifo<memref<32x64xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_0) {sym_name = "Y_out1_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<32x64xi16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@Y_out1], fifoOuts = [@Y_out1_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "func.func"() <{function_type = (memref<32x64xi16>, memref<32x64xi16>) -> (), sym_name = "dsim_copy_i16_2048", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<32x64xi16>, memref<32x64xi16>) -> (), sym_name = "relu_i16_i16", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    %core_0_2 = "aie.core"(%tile_0_2) ({
      %c0_0 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c32_1 = "arith.constant"() <{value = 32 : index}> : () -> index
      %c1_2 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_8 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_0, %c9223372036854775807_8, %c1_2) ({
      ^bb0(%run9: index):
        "scf.for"(%c0_0, %c32_1, %c1_2) ({
        ^bb0(%iv_b_3: index):
          %sv4 = "aie.objectfifo.acquire"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x64xi16>>
          %e5 = "aie.objectfifo.subview.access"(%sv4) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x64xi16>>) -> memref<32x64xi16>
          %sv6 = "aie.objectfifo.acquire"() {objFifo_name = @s_in, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x64xi16>>
          %e7 = "aie.objectfifo.subview.access"(%sv6) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x64xi16>>) -> memref<32x64xi16>
          "dsim.kernel_call"(%e5, %e7) {callee = @dsim_copy_i16_2048} : (memref<32x64xi16>, memref<32x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @s_in, port = 0 : i32, size = 1 : i32} : () -> ()
          "aie.objectfifo.release"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_2 = "aie.core"(%tile_1_2) ({
      %c0_10 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c32_11 = "arith.constant"() <{value = 32 : index}> : () -> index
      %c1_12 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_18 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_10, %c9223372036854775807_18, %c1_12) ({
      ^bb0(%run19: index):
        "scf.for"(%c0_10, %c32_11, %c1_12) ({
        ^bb0(%iv_b_13: index):
          %sv14 = "aie.objectfifo.acquire"() {objFifo_name = @s_in, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x64xi16>>
          %e15 = "aie.objectfifo.subview.access"(%sv14) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x64xi16>>) -> memref<32x64xi16>
          "dsim.kernel_call"(%e15, %buf_compute_t) {callee = @dsim_copy_i16_2048} : (memref<32x64xi16>, memref<32x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @s_in, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_compute_t, %buf_compute_r) {callee = @relu_i16_i16} : (memref<32x64xi16>, memref<32x64xi16>) -> ()
          %sv16 = "aie.objectfifo.acquire"() {objFifo_name = @s_out, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x64xi16>>
          %e17 = "aie.objectfifo.subview.access"(%sv16) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x64xi16>>) -> memref<32x64xi16>
          "dsim.kernel_call"(%buf_compute_r, %e17) {callee = @dsim_copy_i16_2048} : (memref<32x64xi16>, memref<32x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @s_out, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_2 = "aie.core"(%tile_2_2) ({
      %c0_20 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c32_21 = "arith.constant"() <{value = 32 : index}> : () -> index
      %c1_22 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_28 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_20, %c9223372036854775807_28, %c1_22) ({
      ^bb0(%run29: index):
        "scf.for"(%c0_20, %c32_21, %c1_22) ({
        ^bb0(%iv_b_23: index):
          %sv24 = "aie.objectfifo.acquire"() {objFifo_name = @s_out, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x64xi16>>
          %e25 = "aie.objectfifo.subview.access"(%sv24) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x64xi16>>) -> memref<32x64xi16>
          "dsim.kernel_call"(%e25, %buf_consumer_t) {callee = @dsim_copy_i16_2048} : (memref<32x64xi16>, memref<32x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @s_out, port = 1 : i32, size = 1 : i32} : () -> ()
          %sv26 = "aie.objectfifo.acquire"() {objFifo_name = @Y_out1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<32x64xi16>>
          %e27 = "aie.objectfifo.subview.access"(%sv26) {index = 0 : i32} : (!aie.objectfifosubview<memref<32x64xi16>>) -> memref<32x64xi16>
          "dsim.kernel_call"(%buf_consumer_t, %e27) {callee = @dsim_copy_i16_2048} : (memref<32x64xi16>, memref<32x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @Y_out1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    "aie.runtime_sequence"() ({
    ^bb0(%arg_X: memref<65536xi16>, %arg_Y: memref<65536xi16>):
      "aiex.npu.dma_memcpy_nd"(%arg_X) {id = 0 : i64, issue_token = false, metadata = @X_in0_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 32, 32, 64>, static_strides = array<i64: 0, 2048, 64, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_Y) {id = 0 : i64, issue_token = true, metadata = @Y_out1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 32, 32, 64>, static_strides = array<i64: 0, 2048, 64, 1>} : (memref<65536xi16>) -> ()
      "aiex.npu.dma_wait"() {symbol = @Y_out1_L2} : () -> ()
    }) : () -> ()
  }) {device = #aie<device npu1_3col>} : () -> ()
}) : () -> ()
