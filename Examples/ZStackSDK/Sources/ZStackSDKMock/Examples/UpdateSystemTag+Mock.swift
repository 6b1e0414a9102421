public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateSystemTag``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateSystemTagExample = #"""
        {
          "success": true,
          "inventory": {
            "inherent": true,
            "uuid": "b01b60e60d465764c2260237be5773fd",
            "resourceUuid": "dfd53813d994df1ce751b1d237e8a9c7",
            "resourceType": "resourceType",
            "tag": "tag",
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateSystemTag(
        _ request: UpdateSystemTag.Request
    ) async throws -> UpdateSystemTag.Response {
        try Self.example(UpdateSystemTag.Response.self, json: Self.updateSystemTagExample)
    }
}
