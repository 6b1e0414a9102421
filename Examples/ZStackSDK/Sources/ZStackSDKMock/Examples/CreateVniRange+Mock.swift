public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVniRange``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVniRangeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "6bff98dcde1408153d9b0a75c999819e",
            "name": "name",
            "description": "description",
            "startVni": 1,
            "endVni": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "l2NetworkUuid": "a07f213dba1bfc441d12079ba44a796c"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createVniRange(
        _ request: CreateVniRange.Request
    ) async throws -> CreateVniRange.Response {
        try Self.example(CreateVniRange.Response.self, json: Self.createVniRangeExample)
    }
}
