public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateDiskOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createDiskOfferingExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "abae6632e00289684f91ecab66359780",
            "name": "name",
            "description": "description",
            "diskSize": 1,
            "sortKey": 1,
            "state": "state",
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "allocatorStrategy": "allocatorStrategy"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createDiskOffering(
        _ request: CreateDiskOffering.Request
    ) async throws -> CreateDiskOffering.Response {
        try Self.example(CreateDiskOffering.Response.self, json: Self.createDiskOfferingExample)
    }
}
