public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLoadBalancerListenerByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLoadBalancerListenerByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "36770a349c375efd7ee51bb21634572c",
              "name": "name",
              "description": "description",
              "loadBalancerUuid": "7f71efd9a73259b739924f2bc89a293b",
              "instancePort": 1,
              "loadBalancerPort": 1,
              "protocol": "protocol",
              "serverGroupUuid": "010afecc030be3a83109cfe51b01dace",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "vmNicRefs": [
                {
                  "id": 1,
                  "listenerUuid": "da10f10c8618de839431d94e0e999df7",
                  "vmNicUuid": "3611ec530fcf405b148f714a5af87b8e",
                  "status": "status",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "aclRefs": [
                {
                  "id": 1,
                  "listenerUuid": "e32931fba7d5c35462690892059bbbe1",
                  "aclUuid": "6513ce5fbf296be5ccf7b349eb4a293e",
                  "type": "type",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "certificateRefs": [
                {
                  "id": 1,
                  "listenerUuid": "1c3d3453fcf21727922baa4a518db76b",
                  "certificateUuid": "62ea09f22c9764f3095bca3ee66a7ddd",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "serverGroupRefs": [
                {
                  "id": 1,
                  "listenerUuid": "74e5c47b10eb0e1a5cd6cc344154dbb3",
                  "serverGroupUuid": "b0a62f04523bfd8dfe391f675a7ee1d3",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ]
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryLoadBalancerListenerByUuid(
        _ request: QueryLoadBalancerListenerByUuid.Request
    ) async throws -> QueryLoadBalancerListenerByUuid.Response {
        try Self.example(QueryLoadBalancerListenerByUuid.Response.self, json: Self.queryLoadBalancerListenerByUuidExample)
    }
}
