// The module of aie.mlir in MLIR's generic form, for mlir-opt without mlir-aie
// (mlir-opt-19 --allow-unregistered-dialect aie.generic.mlir). Op for op the same, except that
// each func.call of a kernel is written dsim.kernel_call (same operands, same callee): mlir-opt
// cannot resolve a callee from inside an unregistered op such as aie.core.
"builtin.module"() ({
  "aie.device"() ({
    %tile_0_0 = "aie.tile"() {col = 0 : i32, row = 0 : i32} : () -> index
    %tile_1_0 = "aie.tile"() {col = 1 : i32, row = 0 : i32} : () -> index
    %tile_0_1 = "aie.tile"() {col = 0 : i32, row = 1 : i32} : () -> index
    %tile_1_1 = "aie.tile"() {col = 1 : i32, row = 1 : i32} : () -> index
    %tile_0_2 = "aie.tile"() {col = 0 : i32, row = 2 : i32} : () -> index
    %tile_1_2 = "aie.tile"() {col = 1 : i32, row = 2 : i32} : () -> index
    %tile_0_3 = "aie.tile"() {col = 0 : i32, row = 3 : i32} : () -> index
    %tile_1_3 = "aie.tile"() {col = 1 : i32, row = 3 : i32} : () -> index
    %buf_work_0_t = "aie.buffer"(%tile_1_3) {sym_name = "work_0_t"} : (index) -> memref<16x64xi16>
    %buf_work_0_o = "aie.buffer"(%tile_1_3) {sym_name = "work_0_o"} : (index) -> memref<16x64xi16>
    %buf_work_1_t = "aie.buffer"(%tile_0_2) {sym_name = "work_1_t"} : (index) -> memref<16x64xi16>
    %buf_work_1_o = "aie.buffer"(%tile_0_2) {sym_name = "work_1_o"} : (index) -> memref<16x64xi16>
    %buf_collect_t = "aie.buffer"(%tile_0_3) {sym_name = "collect_t"} : (index) -> memref<16x64xi16>
    "aie.objectfifo"(%tile_1_2, %tile_1_3) {sym_name = "s_0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_2, %tile_0_2) {sym_name = "s_1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_3, %tile_0_3) {sym_name = "r_0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_2, %tile_0_3) {sym_name = "r_1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "X_in0_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_2) {sym_name = "X_in0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xi16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@X_in0_L2], fifoOuts = [@X_in0], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_3, %tile_0_1) {sym_name = "Y_out1", elemNumber = 1 : i32, elemType = !aie.objectfifo<memref<16x64xi16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_0) {sym_name = "Y_out1_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<16x64xi16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@Y_out1], fifoOuts = [@Y_out1_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "func.func"() <{function_type = (memref<16x64xi16>, memref<16x64xi16>) -> (), sym_name = "dsim_copy_i16_1024", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<16x64xi16>, memref<16x64xi16>) -> (), sym_name = "relu_i16_i16", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    %core_1_2 = "aie.core"(%tile_1_2) ({
      %c0_0 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_1 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_2 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c2_6 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c9223372036854775807_16 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_0, %c9223372036854775807_16, %c1_2) ({
      ^bb0(%run17: index):
        "scf.for"(%c0_0, %c16_1, %c1_2) ({
        ^bb0(%iv_b_3: index):
          %sv4 = "aie.objectfifo.acquire"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
          %e5 = "aie.objectfifo.subview.access"(%sv4) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
          %v7 = "arith.remsi"(%iv_b_3, %c2_6) : (index, index) -> index
          %v8 = "arith.addi"(%v7, %c2_6) : (index, index) -> index
          %v9 = "arith.remsi"(%v8, %c2_6) : (index, index) -> index
          %v10 = "arith.cmpi"(%v9, %c0_0) <{predicate = 0 : i64}> : (index, index) -> i1
          "scf.if"(%v10) ({
            %sv11 = "aie.objectfifo.acquire"() {objFifo_name = @s_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
            %e12 = "aie.objectfifo.subview.access"(%sv11) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
            "dsim.kernel_call"(%e5, %e12) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @s_0, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }, {
            %v13 = "arith.cmpi"(%v9, %c1_2) <{predicate = 0 : i64}> : (index, index) -> i1
            "scf.if"(%v13) ({
              %sv14 = "aie.objectfifo.acquire"() {objFifo_name = @s_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
              %e15 = "aie.objectfifo.subview.access"(%sv14) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
              "dsim.kernel_call"(%e5, %e15) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @s_1, port = 0 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }, {
              "scf.yield"() : () -> ()
            }) : (i1) -> ()
            "scf.yield"() : () -> ()
          }) : (i1) -> ()
          "aie.objectfifo.release"() {objFifo_name = @X_in0, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_18 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_19 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_20 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_26 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_18, %c9223372036854775807_26, %c1_20) ({
      ^bb0(%run27: index):
        "scf.for"(%c0_18, %c8_19, %c1_20) ({
        ^bb0(%iv_b_21: index):
          %sv22 = "aie.objectfifo.acquire"() {objFifo_name = @s_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
          %e23 = "aie.objectfifo.subview.access"(%sv22) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
          "dsim.kernel_call"(%e23, %buf_work_0_t) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @s_0, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_work_0_t, %buf_work_0_o) {callee = @relu_i16_i16} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
          %sv24 = "aie.objectfifo.acquire"() {objFifo_name = @r_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
          %e25 = "aie.objectfifo.subview.access"(%sv24) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
          "dsim.kernel_call"(%buf_work_0_o, %e25) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @r_0, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_2 = "aie.core"(%tile_0_2) ({
      %c0_28 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_29 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_30 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c9223372036854775807_36 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_28, %c9223372036854775807_36, %c1_30) ({
      ^bb0(%run37: index):
        "scf.for"(%c0_28, %c8_29, %c1_30) ({
        ^bb0(%iv_b_31: index):
          %sv32 = "aie.objectfifo.acquire"() {objFifo_name = @s_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
          %e33 = "aie.objectfifo.subview.access"(%sv32) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
          "dsim.kernel_call"(%e33, %buf_work_1_t) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @s_1, port = 1 : i32, size = 1 : i32} : () -> ()
          "dsim.kernel_call"(%buf_work_1_t, %buf_work_1_o) {callee = @relu_i16_i16} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
          %sv34 = "aie.objectfifo.acquire"() {objFifo_name = @r_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
          %e35 = "aie.objectfifo.subview.access"(%sv34) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
          "dsim.kernel_call"(%buf_work_1_o, %e35) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @r_1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_3 = "aie.core"(%tile_0_3) ({
      %c0_38 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_39 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_40 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c2_42 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c9223372036854775807_54 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_38, %c9223372036854775807_54, %c1_40) ({
      ^bb0(%run55: index):
        "scf.for"(%c0_38, %c16_39, %c1_40) ({
        ^bb0(%iv_b_41: index):
          %v43 = "arith.remsi"(%iv_b_41, %c2_42) : (index, index) -> index
          %v44 = "arith.addi"(%v43, %c2_42) : (index, index) -> index
          %v45 = "arith.remsi"(%v44, %c2_42) : (index, index) -> index
          %v46 = "arith.cmpi"(%v45, %c0_38) <{predicate = 0 : i64}> : (index, index) -> i1
          "scf.if"(%v46) ({
            %sv47 = "aie.objectfifo.acquire"() {objFifo_name = @r_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
            %e48 = "aie.objectfifo.subview.access"(%sv47) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
            "dsim.kernel_call"(%e48, %buf_collect_t) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @r_0, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }, {
            %v49 = "arith.cmpi"(%v45, %c1_40) <{predicate = 0 : i64}> : (index, index) -> i1
            "scf.if"(%v49) ({
              %sv50 = "aie.objectfifo.acquire"() {objFifo_name = @r_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
              %e51 = "aie.objectfifo.subview.access"(%sv50) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
              "dsim.kernel_call"(%e51, %buf_collect_t) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @r_1, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }, {
              "scf.yield"() : () -> ()
            }) : (i1) -> ()
            "scf.yield"() : () -> ()
          }) : (i1) -> ()
          %sv52 = "aie.objectfifo.acquire"() {objFifo_name = @Y_out1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
          %e53 = "aie.objectfifo.subview.access"(%sv52) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
          "dsim.kernel_call"(%buf_collect_t, %e53) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @Y_out1, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    "aie.runtime_sequence"() ({
    ^bb0(%arg_X: memref<16384xi16>, %arg_Y: memref<16384xi16>):
      "aiex.npu.dma_memcpy_nd"(%arg_X) {id = 0 : i64, issue_token = false, metadata = @X_in0_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 16, 16, 64>, static_strides = array<i64: 0, 1024, 64, 1>} : (memref<16384xi16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_Y) {id = 0 : i64, issue_token = true, metadata = @Y_out1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 1, 16, 16, 64>, static_strides = array<i64: 0, 1024, 64, 1>} : (memref<16384xi16>) -> ()
      "aiex.npu.dma_wait"() {symbol = @Y_out1_L2} : () -> ()
    }) : () -> ()
  }) {device = #aie<device npu1_2col>} : () -> ()
}) : () -> ()
