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
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_16 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_17 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_18 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_16, %c8_17, %c1_18) ({
      ^bb0(%iv_b_19: index):
        %sv20 = "aie.objectfifo.acquire"() {objFifo_name = @s_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
        %e21 = "aie.objectfifo.subview.access"(%sv20) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
        "dsim.kernel_call"(%e21, %buf_work_0_t) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @s_0, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_work_0_t, %buf_work_0_o) {callee = @relu_i16_i16} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
        %sv22 = "aie.objectfifo.acquire"() {objFifo_name = @r_0, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
        %e23 = "aie.objectfifo.subview.access"(%sv22) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
        "dsim.kernel_call"(%buf_work_0_o, %e23) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @r_0, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_2 = "aie.core"(%tile_0_2) ({
      %c0_24 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c8_25 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c1_26 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%c0_24, %c8_25, %c1_26) ({
      ^bb0(%iv_b_27: index):
        %sv28 = "aie.objectfifo.acquire"() {objFifo_name = @s_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
        %e29 = "aie.objectfifo.subview.access"(%sv28) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
        "dsim.kernel_call"(%e29, %buf_work_1_t) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @s_1, port = 1 : i32, size = 1 : i32} : () -> ()
        "dsim.kernel_call"(%buf_work_1_t, %buf_work_1_o) {callee = @relu_i16_i16} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
        %sv30 = "aie.objectfifo.acquire"() {objFifo_name = @r_1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
        %e31 = "aie.objectfifo.subview.access"(%sv30) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
        "dsim.kernel_call"(%buf_work_1_o, %e31) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @r_1, port = 0 : i32, size = 1 : i32} : () -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_3 = "aie.core"(%tile_0_3) ({
      %c0_32 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c16_33 = "arith.constant"() <{value = 16 : index}> : () -> index
      %c1_34 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c2_36 = "arith.constant"() <{value = 2 : index}> : () -> index
      "scf.for"(%c0_32, %c16_33, %c1_34) ({
      ^bb0(%iv_b_35: index):
        %v37 = "arith.remsi"(%iv_b_35, %c2_36) : (index, index) -> index
        %v38 = "arith.addi"(%v37, %c2_36) : (index, index) -> index
        %v39 = "arith.remsi"(%v38, %c2_36) : (index, index) -> index
        %v40 = "arith.cmpi"(%v39, %c0_32) <{predicate = 0 : i64}> : (index, index) -> i1
        "scf.if"(%v40) ({
          %sv41 = "aie.objectfifo.acquire"() {objFifo_name = @r_0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
          %e42 = "aie.objectfifo.subview.access"(%sv41) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
          "dsim.kernel_call"(%e42, %buf_collect_t) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
          "aie.objectfifo.release"() {objFifo_name = @r_0, port = 1 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }, {
          %v43 = "arith.cmpi"(%v39, %c1_34) <{predicate = 0 : i64}> : (index, index) -> i1
          "scf.if"(%v43) ({
            %sv44 = "aie.objectfifo.acquire"() {objFifo_name = @r_1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
            %e45 = "aie.objectfifo.subview.access"(%sv44) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
            "dsim.kernel_call"(%e45, %buf_collect_t) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @r_1, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }, {
            "scf.yield"() : () -> ()
          }) : (i1) -> ()
          "scf.yield"() : () -> ()
        }) : (i1) -> ()
        %sv46 = "aie.objectfifo.acquire"() {objFifo_name = @Y_out1, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<16x64xi16>>
        %e47 = "aie.objectfifo.subview.access"(%sv46) {index = 0 : i32} : (!aie.objectfifosubview<memref<16x64xi16>>) -> memref<16x64xi16>
        "dsim.kernel_call"(%buf_collect_t, %e47) {callee = @dsim_copy_i16_1024} : (memref<16x64xi16>, memref<16x64xi16>) -> ()
        "aie.objectfifo.release"() {objFifo_name = @Y_out1, port = 0 : i32, size = 1 : i32} : () -> ()
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
