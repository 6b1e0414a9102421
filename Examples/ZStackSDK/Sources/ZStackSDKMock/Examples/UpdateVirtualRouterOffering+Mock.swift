public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVirtualRouterOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVirtualRouterOfferingExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "49da1a66dd364745bcec625d0655c6af",
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
    public func updateVirtualRouterOffering(
        _ request: UpdateVirtualRouterOffering.Request
    ) async throws -> UpdateVirtualRouterOffering.Response {
        try Self.example(UpdateVirtualRouterOffering.Response.self, json: Self.updateVirtualRouterOfferingExample)
    }
}
