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
    "aie.objectfifo"(%tile_0_0, %tile_0_1) {sym_name = "A_in0_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_2, %tile_0_3, %tile_0_4, %tile_0_5) {sym_name = "A_in0", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in0_L2], fifoOuts = [@A_in0], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "B_in1_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_0_2, %tile_1_5, %tile_2_2, %tile_3_5) {sym_name = "B_in1", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in1_L2], fifoOuts = [@B_in1], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_2, %tile_0_1) {sym_name = "C_out2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_3, %tile_0_1) {sym_name = "C_out4", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_4, %tile_0_1) {sym_name = "C_out6", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_0) {sym_name = "C_out2_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<12288xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out2, @C_out4, @C_out6], fifoOuts = [@C_out2_L2], src_offsets = array<i64: 0, 4096, 8192>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_0, %tile_2_1) {sym_name = "B_in3_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_0_3, %tile_1_4, %tile_2_3, %tile_3_4) {sym_name = "B_in3", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in3_L2], fifoOuts = [@B_in3], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_0, %tile_1_1) {sym_name = "B_in4_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_0_4, %tile_1_3, %tile_2_4, %tile_3_3) {sym_name = "B_in5", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in4_L2], fifoOuts = [@B_in5], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_0, %tile_2_1) {sym_name = "B_in5_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_0_5, %tile_1_2, %tile_2_5, %tile_3_2) {sym_name = "B_in7", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@B_in5_L2], fifoOuts = [@B_in7], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_0_5, %tile_1_1) {sym_name = "C_out8", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_5, %tile_1_1) {sym_name = "C_out18", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_0) {sym_name = "C_out6_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8192xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out8, @C_out18], fifoOuts = [@C_out6_L2], src_offsets = array<i64: 0, 4096>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_0, %tile_1_1) {sym_name = "A_in7_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_5, %tile_1_4, %tile_1_3, %tile_1_2) {sym_name = "A_in9", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in7_L2], fifoOuts = [@A_in9], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_5, %tile_2_1) {sym_name = "C_out10", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_2, %tile_2_1) {sym_name = "C_out15", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_0) {sym_name = "C_out8_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8192xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out10, @C_out15], fifoOuts = [@C_out8_L2], src_offsets = array<i64: 0, 4096>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_4, %tile_1_1) {sym_name = "C_out11", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_1_1, %tile_1_0) {sym_name = "C_out9_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out11], fifoOuts = [@C_out9_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_3, %tile_3_1) {sym_name = "C_out12", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_4, %tile_3_1) {sym_name = "C_out17", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_3, %tile_3_1) {sym_name = "C_out22", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_0) {sym_name = "C_out10_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<12288xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out12, @C_out17, @C_out22], fifoOuts = [@C_out10_L2], src_offsets = array<i64: 0, 4096, 8192>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_1_2, %tile_3_1) {sym_name = "C_out13", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_3, %tile_3_1) {sym_name = "C_out16", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_0) {sym_name = "C_out11_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8192xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out13, @C_out16], fifoOuts = [@C_out11_L2], src_offsets = array<i64: 0, 4096>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_2_0, %tile_2_1) {sym_name = "A_in12_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_2, %tile_2_3, %tile_2_4, %tile_2_5) {sym_name = "A_in14", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in12_L2], fifoOuts = [@A_in14], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_0, %tile_3_1) {sym_name = "A_in13_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_1, %tile_3_5, %tile_3_4, %tile_3_3, %tile_3_2) {sym_name = "A_in19", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index, index, index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@A_in13_L2], fifoOuts = [@A_in19], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_5, %tile_0_1) {sym_name = "C_out20", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_3_4, %tile_0_1) {sym_name = "C_out21", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_0_1, %tile_0_0) {sym_name = "C_out14_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<8192xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out20, @C_out21], fifoOuts = [@C_out14_L2], src_offsets = array<i64: 0, 4096>, dst_offsets = array<i64>} : () -> ()
    "aie.objectfifo"(%tile_3_2, %tile_2_1) {sym_name = "C_out23", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo"(%tile_2_1, %tile_2_0) {sym_name = "C_out15_L2", elemNumber = 2 : i32, elemType = !aie.objectfifo<memref<64x64xbf16>>} : (index, index) -> ()
    "aie.objectfifo.link"() {fifoIns = [@C_out23], fifoOuts = [@C_out15_L2], src_offsets = array<i64>, dst_offsets = array<i64>} : () -> ()
    "func.func"() <{function_type = (memref<64x64xbf16>) -> (), sym_name = "zero_bf16", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    "func.func"() <{function_type = (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> (), sym_name = "matmul_acc_bf16_bf16_bf16", sym_visibility = "private"}> ({
    }) {link_with = "kernels.o"} : () -> ()
    %core_0_2 = "aie.core"(%tile_0_2) ({
      %c0_0 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_1 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_2 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_7 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_13 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_0, %c9223372036854775807_13, %c1_2) ({
      ^bb0(%run14: index):
        "scf.for"(%c0_0, %c2_1, %c1_2) ({
        ^bb0(%iv_tr_3: index):
          "scf.for"(%c0_0, %c2_1, %c1_2) ({
          ^bb0(%iv_c_4: index):
            %sv5 = "aie.objectfifo.acquire"() {objFifo_name = @C_out2, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e6 = "aie.objectfifo.subview.access"(%sv5) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e6) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_0, %c8_7, %c1_2) ({
            ^bb0(%iv_kk_8: index):
              %sv9 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e10 = "aie.objectfifo.subview.access"(%sv9) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv11 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e12 = "aie.objectfifo.subview.access"(%sv11) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e10, %e12, %e6) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out2, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_3 = "aie.core"(%tile_0_3) ({
      %c0_15 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_16 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_17 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_22 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_28 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_15, %c9223372036854775807_28, %c1_17) ({
      ^bb0(%run29: index):
        "scf.for"(%c0_15, %c2_16, %c1_17) ({
        ^bb0(%iv_tr_18: index):
          "scf.for"(%c0_15, %c2_16, %c1_17) ({
          ^bb0(%iv_c_19: index):
            %sv20 = "aie.objectfifo.acquire"() {objFifo_name = @C_out4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e21 = "aie.objectfifo.subview.access"(%sv20) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e21) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_15, %c8_22, %c1_17) ({
            ^bb0(%iv_kk_23: index):
              %sv24 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e25 = "aie.objectfifo.subview.access"(%sv24) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv26 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e27 = "aie.objectfifo.subview.access"(%sv26) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e25, %e27, %e21) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out4, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_4 = "aie.core"(%tile_0_4) ({
      %c0_30 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_31 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_32 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_37 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_43 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_30, %c9223372036854775807_43, %c1_32) ({
      ^bb0(%run44: index):
        "scf.for"(%c0_30, %c2_31, %c1_32) ({
        ^bb0(%iv_tr_33: index):
          "scf.for"(%c0_30, %c2_31, %c1_32) ({
          ^bb0(%iv_c_34: index):
            %sv35 = "aie.objectfifo.acquire"() {objFifo_name = @C_out6, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e36 = "aie.objectfifo.subview.access"(%sv35) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e36) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_30, %c8_37, %c1_32) ({
            ^bb0(%iv_kk_38: index):
              %sv39 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e40 = "aie.objectfifo.subview.access"(%sv39) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv41 = "aie.objectfifo.acquire"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e42 = "aie.objectfifo.subview.access"(%sv41) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e40, %e42, %e36) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out6, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_5 = "aie.core"(%tile_0_5) ({
      %c0_45 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_46 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_47 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_52 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_58 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_45, %c9223372036854775807_58, %c1_47) ({
      ^bb0(%run59: index):
        "scf.for"(%c0_45, %c2_46, %c1_47) ({
        ^bb0(%iv_tr_48: index):
          "scf.for"(%c0_45, %c2_46, %c1_47) ({
          ^bb0(%iv_c_49: index):
            %sv50 = "aie.objectfifo.acquire"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e51 = "aie.objectfifo.subview.access"(%sv50) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e51) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_45, %c8_52, %c1_47) ({
            ^bb0(%iv_kk_53: index):
              %sv54 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e55 = "aie.objectfifo.subview.access"(%sv54) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv56 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e57 = "aie.objectfifo.subview.access"(%sv56) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e55, %e57, %e51) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_5 = "aie.core"(%tile_1_5) ({
      %c0_60 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_61 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_62 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_67 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_73 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_60, %c9223372036854775807_73, %c1_62) ({
      ^bb0(%run74: index):
        "scf.for"(%c0_60, %c2_61, %c1_62) ({
        ^bb0(%iv_tr_63: index):
          "scf.for"(%c0_60, %c2_61, %c1_62) ({
          ^bb0(%iv_c_64: index):
            %sv65 = "aie.objectfifo.acquire"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e66 = "aie.objectfifo.subview.access"(%sv65) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e66) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_60, %c8_67, %c1_62) ({
            ^bb0(%iv_kk_68: index):
              %sv69 = "aie.objectfifo.acquire"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e70 = "aie.objectfifo.subview.access"(%sv69) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv71 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e72 = "aie.objectfifo.subview.access"(%sv71) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e70, %e72, %e66) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
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
      %c0_75 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_76 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_77 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_82 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_88 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_75, %c9223372036854775807_88, %c1_77) ({
      ^bb0(%run89: index):
        "scf.for"(%c0_75, %c2_76, %c1_77) ({
        ^bb0(%iv_tr_78: index):
          "scf.for"(%c0_75, %c2_76, %c1_77) ({
          ^bb0(%iv_c_79: index):
            %sv80 = "aie.objectfifo.acquire"() {objFifo_name = @C_out11, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e81 = "aie.objectfifo.subview.access"(%sv80) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e81) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_75, %c8_82, %c1_77) ({
            ^bb0(%iv_kk_83: index):
              %sv84 = "aie.objectfifo.acquire"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e85 = "aie.objectfifo.subview.access"(%sv84) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv86 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e87 = "aie.objectfifo.subview.access"(%sv86) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e85, %e87, %e81) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out11, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_90 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_91 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_92 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_97 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_103 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_90, %c9223372036854775807_103, %c1_92) ({
      ^bb0(%run104: index):
        "scf.for"(%c0_90, %c2_91, %c1_92) ({
        ^bb0(%iv_tr_93: index):
          "scf.for"(%c0_90, %c2_91, %c1_92) ({
          ^bb0(%iv_c_94: index):
            %sv95 = "aie.objectfifo.acquire"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e96 = "aie.objectfifo.subview.access"(%sv95) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e96) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_90, %c8_97, %c1_92) ({
            ^bb0(%iv_kk_98: index):
              %sv99 = "aie.objectfifo.acquire"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e100 = "aie.objectfifo.subview.access"(%sv99) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv101 = "aie.objectfifo.acquire"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e102 = "aie.objectfifo.subview.access"(%sv101) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e100, %e102, %e96) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
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
      %c0_105 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_106 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_107 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_112 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_118 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_105, %c9223372036854775807_118, %c1_107) ({
      ^bb0(%run119: index):
        "scf.for"(%c0_105, %c2_106, %c1_107) ({
        ^bb0(%iv_tr_108: index):
          "scf.for"(%c0_105, %c2_106, %c1_107) ({
          ^bb0(%iv_c_109: index):
            %sv110 = "aie.objectfifo.acquire"() {objFifo_name = @C_out13, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e111 = "aie.objectfifo.subview.access"(%sv110) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e111) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_105, %c8_112, %c1_107) ({
            ^bb0(%iv_kk_113: index):
              %sv114 = "aie.objectfifo.acquire"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e115 = "aie.objectfifo.subview.access"(%sv114) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv116 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e117 = "aie.objectfifo.subview.access"(%sv116) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e115, %e117, %e111) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out13, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_2 = "aie.core"(%tile_2_2) ({
      %c0_120 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_121 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_122 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_127 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_133 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_120, %c9223372036854775807_133, %c1_122) ({
      ^bb0(%run134: index):
        "scf.for"(%c0_120, %c2_121, %c1_122) ({
        ^bb0(%iv_tr_123: index):
          "scf.for"(%c0_120, %c2_121, %c1_122) ({
          ^bb0(%iv_c_124: index):
            %sv125 = "aie.objectfifo.acquire"() {objFifo_name = @C_out15, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e126 = "aie.objectfifo.subview.access"(%sv125) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e126) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_120, %c8_127, %c1_122) ({
            ^bb0(%iv_kk_128: index):
              %sv129 = "aie.objectfifo.acquire"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e130 = "aie.objectfifo.subview.access"(%sv129) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv131 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e132 = "aie.objectfifo.subview.access"(%sv131) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e130, %e132, %e126) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out15, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_3 = "aie.core"(%tile_2_3) ({
      %c0_135 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_136 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_137 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_142 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_148 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_135, %c9223372036854775807_148, %c1_137) ({
      ^bb0(%run149: index):
        "scf.for"(%c0_135, %c2_136, %c1_137) ({
        ^bb0(%iv_tr_138: index):
          "scf.for"(%c0_135, %c2_136, %c1_137) ({
          ^bb0(%iv_c_139: index):
            %sv140 = "aie.objectfifo.acquire"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e141 = "aie.objectfifo.subview.access"(%sv140) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e141) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_135, %c8_142, %c1_137) ({
            ^bb0(%iv_kk_143: index):
              %sv144 = "aie.objectfifo.acquire"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e145 = "aie.objectfifo.subview.access"(%sv144) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv146 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e147 = "aie.objectfifo.subview.access"(%sv146) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e145, %e147, %e141) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
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
      %c0_150 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_151 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_152 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_157 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_163 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_150, %c9223372036854775807_163, %c1_152) ({
      ^bb0(%run164: index):
        "scf.for"(%c0_150, %c2_151, %c1_152) ({
        ^bb0(%iv_tr_153: index):
          "scf.for"(%c0_150, %c2_151, %c1_152) ({
          ^bb0(%iv_c_154: index):
            %sv155 = "aie.objectfifo.acquire"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e156 = "aie.objectfifo.subview.access"(%sv155) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e156) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_150, %c8_157, %c1_152) ({
            ^bb0(%iv_kk_158: index):
              %sv159 = "aie.objectfifo.acquire"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e160 = "aie.objectfifo.subview.access"(%sv159) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv161 = "aie.objectfifo.acquire"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e162 = "aie.objectfifo.subview.access"(%sv161) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e160, %e162, %e156) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_5 = "aie.core"(%tile_2_5) ({
      %c0_165 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_166 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_167 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_172 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_178 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_165, %c9223372036854775807_178, %c1_167) ({
      ^bb0(%run179: index):
        "scf.for"(%c0_165, %c2_166, %c1_167) ({
        ^bb0(%iv_tr_168: index):
          "scf.for"(%c0_165, %c2_166, %c1_167) ({
          ^bb0(%iv_c_169: index):
            %sv170 = "aie.objectfifo.acquire"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e171 = "aie.objectfifo.subview.access"(%sv170) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e171) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_165, %c8_172, %c1_167) ({
            ^bb0(%iv_kk_173: index):
              %sv174 = "aie.objectfifo.acquire"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e175 = "aie.objectfifo.subview.access"(%sv174) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv176 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e177 = "aie.objectfifo.subview.access"(%sv176) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e175, %e177, %e171) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_5 = "aie.core"(%tile_3_5) ({
      %c0_180 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_181 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_182 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_187 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_193 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_180, %c9223372036854775807_193, %c1_182) ({
      ^bb0(%run194: index):
        "scf.for"(%c0_180, %c2_181, %c1_182) ({
        ^bb0(%iv_tr_183: index):
          "scf.for"(%c0_180, %c2_181, %c1_182) ({
          ^bb0(%iv_c_184: index):
            %sv185 = "aie.objectfifo.acquire"() {objFifo_name = @C_out20, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e186 = "aie.objectfifo.subview.access"(%sv185) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e186) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_180, %c8_187, %c1_182) ({
            ^bb0(%iv_kk_188: index):
              %sv189 = "aie.objectfifo.acquire"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e190 = "aie.objectfifo.subview.access"(%sv189) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv191 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e192 = "aie.objectfifo.subview.access"(%sv191) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e190, %e192, %e186) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out20, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_4 = "aie.core"(%tile_3_4) ({
      %c0_195 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_196 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_197 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_202 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_208 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_195, %c9223372036854775807_208, %c1_197) ({
      ^bb0(%run209: index):
        "scf.for"(%c0_195, %c2_196, %c1_197) ({
        ^bb0(%iv_tr_198: index):
          "scf.for"(%c0_195, %c2_196, %c1_197) ({
          ^bb0(%iv_c_199: index):
            %sv200 = "aie.objectfifo.acquire"() {objFifo_name = @C_out21, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e201 = "aie.objectfifo.subview.access"(%sv200) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e201) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_195, %c8_202, %c1_197) ({
            ^bb0(%iv_kk_203: index):
              %sv204 = "aie.objectfifo.acquire"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e205 = "aie.objectfifo.subview.access"(%sv204) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv206 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e207 = "aie.objectfifo.subview.access"(%sv206) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e205, %e207, %e201) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out21, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_3 = "aie.core"(%tile_3_3) ({
      %c0_210 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_211 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_212 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_217 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_223 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_210, %c9223372036854775807_223, %c1_212) ({
      ^bb0(%run224: index):
        "scf.for"(%c0_210, %c2_211, %c1_212) ({
        ^bb0(%iv_tr_213: index):
          "scf.for"(%c0_210, %c2_211, %c1_212) ({
          ^bb0(%iv_c_214: index):
            %sv215 = "aie.objectfifo.acquire"() {objFifo_name = @C_out22, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e216 = "aie.objectfifo.subview.access"(%sv215) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e216) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_210, %c8_217, %c1_212) ({
            ^bb0(%iv_kk_218: index):
              %sv219 = "aie.objectfifo.acquire"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e220 = "aie.objectfifo.subview.access"(%sv219) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv221 = "aie.objectfifo.acquire"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e222 = "aie.objectfifo.subview.access"(%sv221) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e220, %e222, %e216) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out22, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_2 = "aie.core"(%tile_3_2) ({
      %c0_225 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_226 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_227 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_232 = "arith.constant"() <{value = 8 : index}> : () -> index
      %c9223372036854775807_238 = "arith.constant"() <{value = 9223372036854775807 : index}> : () -> index
      "scf.for"(%c0_225, %c9223372036854775807_238, %c1_227) ({
      ^bb0(%run239: index):
        "scf.for"(%c0_225, %c2_226, %c1_227) ({
        ^bb0(%iv_tr_228: index):
          "scf.for"(%c0_225, %c2_226, %c1_227) ({
          ^bb0(%iv_c_229: index):
            %sv230 = "aie.objectfifo.acquire"() {objFifo_name = @C_out23, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e231 = "aie.objectfifo.subview.access"(%sv230) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e231) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
            "scf.for"(%c0_225, %c8_232, %c1_227) ({
            ^bb0(%iv_kk_233: index):
              %sv234 = "aie.objectfifo.acquire"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e235 = "aie.objectfifo.subview.access"(%sv234) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              %sv236 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
              %e237 = "aie.objectfifo.subview.access"(%sv236) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
              "dsim.kernel_call"(%e235, %e237, %e231) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
              "aie.objectfifo.release"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> ()
              "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "aie.objectfifo.release"() {objFifo_name = @C_out23, port = 0 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    "aie.runtime_sequence"() ({
    ^bb0(%arg_A: memref<262144xbf16>, %arg_B: memref<262144xbf16>, %arg_C: memref<262144xbf16>):
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 0 : i64, issue_token = false, metadata = @A_in0_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 0, 64, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 1 : i64, issue_token = false, metadata = @A_in0_L2, static_offsets = array<i64: 0, 0, 0, 32768>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 0, 64, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 0 : i64, issue_token = false, metadata = @B_in1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 64, 32768, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 1 : i64, issue_token = false, metadata = @B_in1_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 64, 32768, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 2 : i64, issue_token = true, metadata = @C_out2_L2, static_offsets = array<i64: 0, 0, 0, 0>, static_sizes = array<i64: 2, 3, 64, 64>, static_strides = array<i64: 64, 128, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 3 : i64, issue_token = true, metadata = @C_out2_L2, static_offsets = array<i64: 0, 0, 0, 32768>, static_sizes = array<i64: 2, 3, 64, 64>, static_strides = array<i64: 64, 128, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 0 : i64, issue_token = false, metadata = @B_in3_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 64, 32768, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 1 : i64, issue_token = false, metadata = @B_in3_L2, static_offsets = array<i64: 0, 0, 0, 128>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 64, 32768, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 4 : i64, issue_token = false, metadata = @B_in4_L2, static_offsets = array<i64: 0, 0, 0, 256>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 64, 32768, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 5 : i64, issue_token = false, metadata = @B_in4_L2, static_offsets = array<i64: 0, 0, 0, 256>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 64, 32768, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 0 : i64, issue_token = false, metadata = @B_in5_L2, static_offsets = array<i64: 0, 0, 0, 384>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 64, 32768, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_B) {id = 1 : i64, issue_token = false, metadata = @B_in5_L2, static_offsets = array<i64: 0, 0, 0, 384>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 64, 32768, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 2 : i64, issue_token = true, metadata = @C_out6_L2, static_offsets = array<i64: 0, 0, 0, 384>, static_sizes = array<i64: 2, 2, 64, 64>, static_strides = array<i64: 64, 131072, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 3 : i64, issue_token = true, metadata = @C_out6_L2, static_offsets = array<i64: 0, 0, 0, 33152>, static_sizes = array<i64: 2, 2, 64, 64>, static_strides = array<i64: 64, 131072, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 4 : i64, issue_token = false, metadata = @A_in7_L2, static_offsets = array<i64: 0, 0, 0, 65536>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 0, 64, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 5 : i64, issue_token = false, metadata = @A_in7_L2, static_offsets = array<i64: 0, 0, 0, 98304>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 0, 64, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 2 : i64, issue_token = true, metadata = @C_out8_L2, static_offsets = array<i64: 0, 0, 0, 65536>, static_sizes = array<i64: 2, 2, 64, 64>, static_strides = array<i64: 64, 65536, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 3 : i64, issue_token = true, metadata = @C_out8_L2, static_offsets = array<i64: 0, 0, 0, 98304>, static_sizes = array<i64: 2, 2, 64, 64>, static_strides = array<i64: 64, 65536, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 6 : i64, issue_token = true, metadata = @C_out9_L2, static_offsets = array<i64: 0, 0, 0, 65664>, static_sizes = array<i64: 2, 2, 64, 64>, static_strides = array<i64: 32768, 64, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 2 : i64, issue_token = true, metadata = @C_out10_L2, static_offsets = array<i64: 0, 0, 0, 65792>, static_sizes = array<i64: 2, 3, 64, 64>, static_strides = array<i64: 64, 65536, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 3 : i64, issue_token = true, metadata = @C_out10_L2, static_offsets = array<i64: 0, 0, 0, 98560>, static_sizes = array<i64: 2, 3, 64, 64>, static_strides = array<i64: 64, 65536, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 4 : i64, issue_token = true, metadata = @C_out11_L2, static_offsets = array<i64: 0, 0, 0, 65920>, static_sizes = array<i64: 2, 2, 64, 64>, static_strides = array<i64: 64, 65280, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 5 : i64, issue_token = true, metadata = @C_out11_L2, static_offsets = array<i64: 0, 0, 0, 98688>, static_sizes = array<i64: 2, 2, 64, 64>, static_strides = array<i64: 64, 65280, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 4 : i64, issue_token = false, metadata = @A_in12_L2, static_offsets = array<i64: 0, 0, 0, 131072>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 0, 64, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 5 : i64, issue_token = false, metadata = @A_in12_L2, static_offsets = array<i64: 0, 0, 0, 163840>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 0, 64, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 6 : i64, issue_token = false, metadata = @A_in13_L2, static_offsets = array<i64: 0, 0, 0, 196608>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 0, 64, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_A) {id = 7 : i64, issue_token = false, metadata = @A_in13_L2, static_offsets = array<i64: 0, 0, 0, 229376>, static_sizes = array<i64: 2, 8, 64, 64>, static_strides = array<i64: 0, 64, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 6 : i64, issue_token = true, metadata = @C_out14_L2, static_offsets = array<i64: 0, 0, 0, 196608>, static_sizes = array<i64: 2, 2, 64, 64>, static_strides = array<i64: 64, 128, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 7 : i64, issue_token = true, metadata = @C_out14_L2, static_offsets = array<i64: 0, 0, 0, 229376>, static_sizes = array<i64: 2, 2, 64, 64>, static_strides = array<i64: 64, 128, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_memcpy_nd"(%arg_C) {id = 6 : i64, issue_token = true, metadata = @C_out15_L2, static_offsets = array<i64: 0, 0, 0, 196992>, static_sizes = array<i64: 2, 2, 64, 64>, static_strides = array<i64: 32768, 64, 512, 1>} : (memref<262144xbf16>) -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out2_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out2_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out6_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out6_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out8_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out8_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out9_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out10_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out10_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out11_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out11_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out14_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out14_L2} : () -> ()
      "aiex.npu.dma_wait"() {symbol = @C_out15_L2} : () -> ()
    }) : () -> ()
  }) {device = #aie<device npu1>} : () -> ()
}) : () -> ()
