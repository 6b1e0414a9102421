public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVirtualRouterOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVirtualRouterOfferingExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "39a17a698aed56c498bd78885ddfaf6d",
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
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createVirtualRouterOffering(
        _ request: CreateVirtualRouterOffering.Request
    ) async throws -> CreateVirtualRouterOffering.Response {
        try Self.example(CreateVirtualRouterOffering.Response.self, json: Self.createVirtualRouterOfferingExample)
    }
}
