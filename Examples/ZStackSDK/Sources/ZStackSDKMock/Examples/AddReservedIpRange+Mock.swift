public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddReservedIpRange``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addReservedIpRangeExample = #"""
        {
          "inventory": {
            "uuid": "89eea0cfee5e02c0d254a543bc7a8a60",
            "l3NetworkUuid": "875e3e3f5cc1dfc67c768ad14e3e158b",
            "name": "name",
            "description": "description",
            "startIp": "startIp",
            "endIp": "endIp",
            "ipVersion": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addReservedIpRange(
        _ request: AddReservedIpRange.Request
    ) async throws -> AddReservedIpRange.Response {
        try Self.example(AddReservedIpRange.Response.self, json: Self.addReservedIpRangeExample)
    }
}
