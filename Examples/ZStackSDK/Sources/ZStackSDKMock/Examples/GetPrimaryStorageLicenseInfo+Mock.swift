public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetPrimaryStorageLicenseInfo``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getPrimaryStorageLicenseInfoExample = #"""
        {
          "uuid": "932a9fcdde143cdd227f0f86ea6a66b1",
          "name": "name",
          "expireTime": "expireTime",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getPrimaryStorageLicenseInfo(
        _ request: GetPrimaryStorageLicenseInfo.Request
    ) async throws -> GetPrimaryStorageLicenseInfo.Response {
        try Self.example(GetPrimaryStorageLicenseInfo.Response.self, json: Self.getPrimaryStorageLicenseInfoExample)
    }
}
