public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVirtualRouterOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVirtualRouterOfferingExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "managementNetworkUuid": "3052d61ac082d1ce2637a850647afa6d",
              "publicNetworkUuid": "489da7d16a863eece4e4a8f6b25b4ba3",
              "zoneUuid": "34c38d9f77c458fcd94faafcac8852f7",
              "isDefault": true,
              "imageUuid": "83288b1493e284d8f7eb67eec37e89c4",
              "uuid": "725abcac02a4b7ce1c485370c148a6c3",
              "name": "name",
              "description": "description",
              "cpuNum": 1,
              "cpuSpeed": 1,
              "memorySize": 1,
              "type": "type",
              "allocatorStrategy": "allocatorStrategy",
              "sortKey": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "state": "state"
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
    public func queryVirtualRouterOffering(
        _ request: QueryVirtualRouterOffering.Request
    ) async throws -> QueryVirtualRouterOffering.Response {
        try Self.example(QueryVirtualRouterOffering.Response.self, json: Self.queryVirtualRouterOfferingExample)
    }
}
