public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateInstanceOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateInstanceOfferingExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "47e563e58f1af8d13dddeb192fdb97fd",
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
    public func updateInstanceOffering(
        _ request: UpdateInstanceOffering.Request
    ) async throws -> UpdateInstanceOffering.Response {
        try Self.example(UpdateInstanceOffering.Response.self, json: Self.updateInstanceOfferingExample)
    }
}
