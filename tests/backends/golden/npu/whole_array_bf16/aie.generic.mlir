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
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_3 = "aie.core"(%tile_0_3) ({
      %c0_13 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_14 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_15 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_20 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_13, %c2_14, %c1_15) ({
      ^bb0(%iv_tr_16: index):
        "scf.for"(%c0_13, %c2_14, %c1_15) ({
        ^bb0(%iv_c_17: index):
          %sv18 = "aie.objectfifo.acquire"() {objFifo_name = @C_out4, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e19 = "aie.objectfifo.subview.access"(%sv18) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e19) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_13, %c8_20, %c1_15) ({
          ^bb0(%iv_kk_21: index):
            %sv22 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e23 = "aie.objectfifo.subview.access"(%sv22) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv24 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e25 = "aie.objectfifo.subview.access"(%sv24) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e23, %e25, %e19) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out4, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_4 = "aie.core"(%tile_0_4) ({
      %c0_26 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_27 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_28 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_33 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_26, %c2_27, %c1_28) ({
      ^bb0(%iv_tr_29: index):
        "scf.for"(%c0_26, %c2_27, %c1_28) ({
        ^bb0(%iv_c_30: index):
          %sv31 = "aie.objectfifo.acquire"() {objFifo_name = @C_out6, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e32 = "aie.objectfifo.subview.access"(%sv31) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e32) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_26, %c8_33, %c1_28) ({
          ^bb0(%iv_kk_34: index):
            %sv35 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e36 = "aie.objectfifo.subview.access"(%sv35) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv37 = "aie.objectfifo.acquire"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e38 = "aie.objectfifo.subview.access"(%sv37) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e36, %e38, %e32) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out6, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_0_5 = "aie.core"(%tile_0_5) ({
      %c0_39 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_40 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_41 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_46 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_39, %c2_40, %c1_41) ({
      ^bb0(%iv_tr_42: index):
        "scf.for"(%c0_39, %c2_40, %c1_41) ({
        ^bb0(%iv_c_43: index):
          %sv44 = "aie.objectfifo.acquire"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e45 = "aie.objectfifo.subview.access"(%sv44) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e45) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_39, %c8_46, %c1_41) ({
          ^bb0(%iv_kk_47: index):
            %sv48 = "aie.objectfifo.acquire"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e49 = "aie.objectfifo.subview.access"(%sv48) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv50 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e51 = "aie.objectfifo.subview.access"(%sv50) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e49, %e51, %e45) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in0, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out8, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_5 = "aie.core"(%tile_1_5) ({
      %c0_52 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_53 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_54 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_59 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_52, %c2_53, %c1_54) ({
      ^bb0(%iv_tr_55: index):
        "scf.for"(%c0_52, %c2_53, %c1_54) ({
        ^bb0(%iv_c_56: index):
          %sv57 = "aie.objectfifo.acquire"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e58 = "aie.objectfifo.subview.access"(%sv57) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e58) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_52, %c8_59, %c1_54) ({
          ^bb0(%iv_kk_60: index):
            %sv61 = "aie.objectfifo.acquire"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e62 = "aie.objectfifo.subview.access"(%sv61) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv63 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e64 = "aie.objectfifo.subview.access"(%sv63) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e62, %e64, %e58) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out10, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_4 = "aie.core"(%tile_1_4) ({
      %c0_65 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_66 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_67 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_72 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_65, %c2_66, %c1_67) ({
      ^bb0(%iv_tr_68: index):
        "scf.for"(%c0_65, %c2_66, %c1_67) ({
        ^bb0(%iv_c_69: index):
          %sv70 = "aie.objectfifo.acquire"() {objFifo_name = @C_out11, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e71 = "aie.objectfifo.subview.access"(%sv70) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e71) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_65, %c8_72, %c1_67) ({
          ^bb0(%iv_kk_73: index):
            %sv74 = "aie.objectfifo.acquire"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e75 = "aie.objectfifo.subview.access"(%sv74) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv76 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e77 = "aie.objectfifo.subview.access"(%sv76) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e75, %e77, %e71) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out11, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_3 = "aie.core"(%tile_1_3) ({
      %c0_78 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_79 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_80 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_85 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_78, %c2_79, %c1_80) ({
      ^bb0(%iv_tr_81: index):
        "scf.for"(%c0_78, %c2_79, %c1_80) ({
        ^bb0(%iv_c_82: index):
          %sv83 = "aie.objectfifo.acquire"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e84 = "aie.objectfifo.subview.access"(%sv83) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e84) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_78, %c8_85, %c1_80) ({
          ^bb0(%iv_kk_86: index):
            %sv87 = "aie.objectfifo.acquire"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e88 = "aie.objectfifo.subview.access"(%sv87) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv89 = "aie.objectfifo.acquire"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e90 = "aie.objectfifo.subview.access"(%sv89) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e88, %e90, %e84) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out12, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_1_2 = "aie.core"(%tile_1_2) ({
      %c0_91 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_92 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_93 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_98 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_91, %c2_92, %c1_93) ({
      ^bb0(%iv_tr_94: index):
        "scf.for"(%c0_91, %c2_92, %c1_93) ({
        ^bb0(%iv_c_95: index):
          %sv96 = "aie.objectfifo.acquire"() {objFifo_name = @C_out13, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e97 = "aie.objectfifo.subview.access"(%sv96) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e97) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_91, %c8_98, %c1_93) ({
          ^bb0(%iv_kk_99: index):
            %sv100 = "aie.objectfifo.acquire"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e101 = "aie.objectfifo.subview.access"(%sv100) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv102 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e103 = "aie.objectfifo.subview.access"(%sv102) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e101, %e103, %e97) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in9, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out13, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_2 = "aie.core"(%tile_2_2) ({
      %c0_104 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_105 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_106 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_111 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_104, %c2_105, %c1_106) ({
      ^bb0(%iv_tr_107: index):
        "scf.for"(%c0_104, %c2_105, %c1_106) ({
        ^bb0(%iv_c_108: index):
          %sv109 = "aie.objectfifo.acquire"() {objFifo_name = @C_out15, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e110 = "aie.objectfifo.subview.access"(%sv109) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e110) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_104, %c8_111, %c1_106) ({
          ^bb0(%iv_kk_112: index):
            %sv113 = "aie.objectfifo.acquire"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e114 = "aie.objectfifo.subview.access"(%sv113) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv115 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e116 = "aie.objectfifo.subview.access"(%sv115) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e114, %e116, %e110) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out15, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_3 = "aie.core"(%tile_2_3) ({
      %c0_117 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_118 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_119 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_124 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_117, %c2_118, %c1_119) ({
      ^bb0(%iv_tr_120: index):
        "scf.for"(%c0_117, %c2_118, %c1_119) ({
        ^bb0(%iv_c_121: index):
          %sv122 = "aie.objectfifo.acquire"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e123 = "aie.objectfifo.subview.access"(%sv122) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e123) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_117, %c8_124, %c1_119) ({
          ^bb0(%iv_kk_125: index):
            %sv126 = "aie.objectfifo.acquire"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e127 = "aie.objectfifo.subview.access"(%sv126) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv128 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e129 = "aie.objectfifo.subview.access"(%sv128) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e127, %e129, %e123) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out16, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_4 = "aie.core"(%tile_2_4) ({
      %c0_130 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_131 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_132 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_137 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_130, %c2_131, %c1_132) ({
      ^bb0(%iv_tr_133: index):
        "scf.for"(%c0_130, %c2_131, %c1_132) ({
        ^bb0(%iv_c_134: index):
          %sv135 = "aie.objectfifo.acquire"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e136 = "aie.objectfifo.subview.access"(%sv135) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e136) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_130, %c8_137, %c1_132) ({
          ^bb0(%iv_kk_138: index):
            %sv139 = "aie.objectfifo.acquire"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e140 = "aie.objectfifo.subview.access"(%sv139) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv141 = "aie.objectfifo.acquire"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e142 = "aie.objectfifo.subview.access"(%sv141) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e140, %e142, %e136) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out17, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_2_5 = "aie.core"(%tile_2_5) ({
      %c0_143 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_144 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_145 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_150 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_143, %c2_144, %c1_145) ({
      ^bb0(%iv_tr_146: index):
        "scf.for"(%c0_143, %c2_144, %c1_145) ({
        ^bb0(%iv_c_147: index):
          %sv148 = "aie.objectfifo.acquire"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e149 = "aie.objectfifo.subview.access"(%sv148) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e149) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_143, %c8_150, %c1_145) ({
          ^bb0(%iv_kk_151: index):
            %sv152 = "aie.objectfifo.acquire"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e153 = "aie.objectfifo.subview.access"(%sv152) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv154 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e155 = "aie.objectfifo.subview.access"(%sv154) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e153, %e155, %e149) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in14, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out18, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_5 = "aie.core"(%tile_3_5) ({
      %c0_156 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_157 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_158 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_163 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_156, %c2_157, %c1_158) ({
      ^bb0(%iv_tr_159: index):
        "scf.for"(%c0_156, %c2_157, %c1_158) ({
        ^bb0(%iv_c_160: index):
          %sv161 = "aie.objectfifo.acquire"() {objFifo_name = @C_out20, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e162 = "aie.objectfifo.subview.access"(%sv161) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e162) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_156, %c8_163, %c1_158) ({
          ^bb0(%iv_kk_164: index):
            %sv165 = "aie.objectfifo.acquire"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e166 = "aie.objectfifo.subview.access"(%sv165) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv167 = "aie.objectfifo.acquire"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e168 = "aie.objectfifo.subview.access"(%sv167) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e166, %e168, %e162) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in1, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out20, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_4 = "aie.core"(%tile_3_4) ({
      %c0_169 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_170 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_171 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_176 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_169, %c2_170, %c1_171) ({
      ^bb0(%iv_tr_172: index):
        "scf.for"(%c0_169, %c2_170, %c1_171) ({
        ^bb0(%iv_c_173: index):
          %sv174 = "aie.objectfifo.acquire"() {objFifo_name = @C_out21, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e175 = "aie.objectfifo.subview.access"(%sv174) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e175) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_169, %c8_176, %c1_171) ({
          ^bb0(%iv_kk_177: index):
            %sv178 = "aie.objectfifo.acquire"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e179 = "aie.objectfifo.subview.access"(%sv178) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv180 = "aie.objectfifo.acquire"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e181 = "aie.objectfifo.subview.access"(%sv180) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e179, %e181, %e175) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in3, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out21, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_3 = "aie.core"(%tile_3_3) ({
      %c0_182 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_183 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_184 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_189 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_182, %c2_183, %c1_184) ({
      ^bb0(%iv_tr_185: index):
        "scf.for"(%c0_182, %c2_183, %c1_184) ({
        ^bb0(%iv_c_186: index):
          %sv187 = "aie.objectfifo.acquire"() {objFifo_name = @C_out22, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e188 = "aie.objectfifo.subview.access"(%sv187) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e188) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_182, %c8_189, %c1_184) ({
          ^bb0(%iv_kk_190: index):
            %sv191 = "aie.objectfifo.acquire"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e192 = "aie.objectfifo.subview.access"(%sv191) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv193 = "aie.objectfifo.acquire"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e194 = "aie.objectfifo.subview.access"(%sv193) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e192, %e194, %e188) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in5, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out22, port = 0 : i32, size = 1 : i32} : () -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "aie.end"() : () -> ()
    }) : (index) -> index
    %core_3_2 = "aie.core"(%tile_3_2) ({
      %c0_195 = "arith.constant"() <{value = 0 : index}> : () -> index
      %c2_196 = "arith.constant"() <{value = 2 : index}> : () -> index
      %c1_197 = "arith.constant"() <{value = 1 : index}> : () -> index
      %c8_202 = "arith.constant"() <{value = 8 : index}> : () -> index
      "scf.for"(%c0_195, %c2_196, %c1_197) ({
      ^bb0(%iv_tr_198: index):
        "scf.for"(%c0_195, %c2_196, %c1_197) ({
        ^bb0(%iv_c_199: index):
          %sv200 = "aie.objectfifo.acquire"() {objFifo_name = @C_out23, port = 0 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
          %e201 = "aie.objectfifo.subview.access"(%sv200) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
          "dsim.kernel_call"(%e201) {callee = @zero_bf16} : (memref<64x64xbf16>) -> ()
          "scf.for"(%c0_195, %c8_202, %c1_197) ({
          ^bb0(%iv_kk_203: index):
            %sv204 = "aie.objectfifo.acquire"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e205 = "aie.objectfifo.subview.access"(%sv204) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            %sv206 = "aie.objectfifo.acquire"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> !aie.objectfifosubview<memref<64x64xbf16>>
            %e207 = "aie.objectfifo.subview.access"(%sv206) {index = 0 : i32} : (!aie.objectfifosubview<memref<64x64xbf16>>) -> memref<64x64xbf16>
            "dsim.kernel_call"(%e205, %e207, %e201) {callee = @matmul_acc_bf16_bf16_bf16} : (memref<64x64xbf16>, memref<64x64xbf16>, memref<64x64xbf16>) -> ()
            "aie.objectfifo.release"() {objFifo_name = @A_in19, port = 1 : i32, size = 1 : i32} : () -> ()
            "aie.objectfifo.release"() {objFifo_name = @B_in7, port = 1 : i32, size = 1 : i32} : () -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "aie.objectfifo.release"() {objFifo_name = @C_out23, port = 0 : i32, size = 1 : i32} : () -> ()
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
