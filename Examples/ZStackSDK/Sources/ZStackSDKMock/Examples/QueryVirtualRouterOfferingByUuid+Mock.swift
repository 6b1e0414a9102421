public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVirtualRouterOfferingByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVirtualRouterOfferingByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "managementNetworkUuid": "eda63d929377d15640aa2ea5a638a82c",
              "publicNetworkUuid": "a458bce9e70fd1bc0695b49e70546b55",
              "zoneUuid": "3498da0606d5282016aee2aaa4108255",
              "isDefault": true,
              "imageUuid": "89e3a309932499c0fd5cfe50be69b1e2",
              "uuid": "3e20cd03dabfda422932433dd17b8e70",
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
    public func queryVirtualRouterOfferingByUuid(
        _ request: QueryVirtualRouterOfferingByUuid.Request
    ) async throws -> QueryVirtualRouterOfferingByUuid.Response {
        try Self.example(QueryVirtualRouterOfferingByUuid.Response.self, json: Self.queryVirtualRouterOfferingByUuidExample)
    }
}
