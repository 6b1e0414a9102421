public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateDiskOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateDiskOfferingExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "00beb9685d0216176ef784d2b8880d5d",
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
    public func updateDiskOffering(
        _ request: UpdateDiskOffering.Request
    ) async throws -> UpdateDiskOffering.Response {
        try Self.example(UpdateDiskOffering.Response.self, json: Self.updateDiskOfferingExample)
    }
}
