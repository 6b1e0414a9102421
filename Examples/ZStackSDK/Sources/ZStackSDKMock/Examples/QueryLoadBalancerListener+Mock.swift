public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLoadBalancerListener``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLoadBalancerListenerExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "7599b16a4ded7c755c09bb3e668fe5cf",
              "name": "name",
              "description": "description",
              "loadBalancerUuid": "3eb1eec30a6d579f566319e5034fbed9",
              "instancePort": 1,
              "loadBalancerPort": 1,
              "protocol": "protocol",
              "serverGroupUuid": "ee505280644e8d40731fe199c6bb4cae",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "vmNicRefs": [
                {
                  "id": 1,
                  "listenerUuid": "e9f2e43379ab521ff3f08d9ad73e8ef2",
                  "vmNicUuid": "e6b3c22ba911f2338e0120014dedf457",
                  "status": "status",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "aclRefs": [
                {
                  "id": 1,
                  "listenerUuid": "359798f61e66ebe45707e219400286f6",
                  "aclUuid": "285039b01a5997c9c7c50ea124b0b3aa",
                  "type": "type",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "certificateRefs": [
                {
                  "id": 1,
                  "listenerUuid": "71b5a529d118374f305358e791e1c277",
                  "certificateUuid": "87c5f00938f938eb12c6537472bff4db",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "serverGroupRefs": [
                {
                  "id": 1,
                  "listenerUuid": "6d1e6063fb40d11e3f85602387d80cb2",
                  "serverGroupUuid": "1e1d1bff1deec71945a32c226a757069",
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
    public func queryLoadBalancerListener(
        _ request: QueryLoadBalancerListener.Request
    ) async throws -> QueryLoadBalancerListener.Response {
        try Self.example(QueryLoadBalancerListener.Response.self, json: Self.queryLoadBalancerListenerExample)
    }
}
